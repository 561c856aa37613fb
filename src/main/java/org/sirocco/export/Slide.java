package org.sirocco.export;

import java.util.Objects;

/**
 * One page or slide of a briefing: a scene's title, its note (may be empty, may hold several lines), its time window
 * in words (e.g. "1 Jan 2015 – 31 Dec 2016"), its sources line, and its picture as PNG bytes with the picture's size
 * in pixels, which the writers use for its shape without decoding it.
 *
 * <p>The PNG bytes are shared, not copied: pictures are large and a briefing's slides are made once, then written.
 */
public record Slide(String title, String note, String window, String sources, byte[] png, int pixelWidth,
        int pixelHeight) {

    public Slide {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(png, "png");
        note = Objects.requireNonNullElse(note, "");
        window = Objects.requireNonNullElse(window, "");
        sources = Objects.requireNonNullElse(sources, "");
        if (pixelWidth <= 0 || pixelHeight <= 0) {
            throw new IllegalArgumentException("picture size " + pixelWidth + " × " + pixelHeight);
        }
    }
}
