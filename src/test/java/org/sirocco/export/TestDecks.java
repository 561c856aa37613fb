package org.sirocco.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.sirocco.i18n.Language;

/** Documents made of plain pictures, for the writers' tests. */
final class TestDecks {

    private TestDecks() {
    }

    static Slide slide(String title, String note, String window, String footer, int width, int height) {
        return new Slide(title, window, note, footer, List.of(1), png(width, height), width, height,
                "Map of " + title, "Notes for " + title);
    }

    /** {@code count} numbered sources, each with a link. */
    static List<Deck.Entry> entries(int count) {
        List<Deck.Entry> entries = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            String url = "https://news.example.org/2015/03/story-" + n;
            entries.add(new Deck.Entry(n, "Agence " + n + ", \u201cCell number " + n + " dismantled in Kénitra\u201d,"
                    + " 2015-03-" + String.format("%02d", 1 + n % 28) + ", " + url, url));
        }
        return entries;
    }

    static Deck deck(String title, List<Slide> slides, List<Deck.Entry> sources, boolean notes) {
        return deck(title, slides, sources, notes, Language.ENGLISH);
    }

    static Deck deck(String title, List<Slide> slides, List<Deck.Entry> sources, boolean notes, Language language) {
        return new Deck(title, new Deck.Cover(title, List.of("Events: test data (12 events)", "4 December 2026"),
                "Scenes in this briefing"), slides, new Deck.Sources("Sources", "Sources ({0} of {1})", sources,
                "Map: Natural Earth. Places: GeoNames (CC BY 4.0).", "Every source cited"), notes,
                ZonedDateTime.now(), language);
    }

    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xE0, 0xD8, 0xC0));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xD5, 0x5E, 0x00));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
