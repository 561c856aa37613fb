package org.sirocco.export;

import java.util.List;
import java.util.Objects;

/**
 * One scene's page or slide: its title, time window in words (e.g. "1 January 2015 – 31 December 2016"), note for
 * the audience (may be empty, may hold several lines), footer crediting its sources by number ("Sources: [3] [7].
 * Map: …"), the numbers it cites, its picture as PNG bytes with the picture's size in pixels (which the writers use
 * for its shape without decoding it), the picture's alternative text, and the speaker's notes.
 *
 * <p>The PNG bytes are shared, not copied: pictures are large and a briefing's slides are made once, then written.
 */
public record Slide(String title, String window, String note, String footer, List<Integer> citations,
        byte[] png, int pixelWidth, int pixelHeight, String altText, String speakerNotes) {

    public Slide {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(png, "png");
        window = Objects.requireNonNullElse(window, "");
        note = Objects.requireNonNullElse(note, "");
        footer = Objects.requireNonNullElse(footer, "");
        citations = List.copyOf(citations);
        altText = Objects.requireNonNullElse(altText, "");
        speakerNotes = Objects.requireNonNullElse(speakerNotes, "");
        if (pixelWidth <= 0 || pixelHeight <= 0) {
            throw new IllegalArgumentException("picture size " + pixelWidth + " × " + pixelHeight);
        }
    }
}
