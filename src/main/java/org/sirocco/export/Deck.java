package org.sirocco.export;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.sirocco.i18n.Language;

/**
 * A briefing as a document: an optional title page, one page per scene, optional pages listing every source the
 * scenes cite, and whether the speaker's notes go with the slides.
 *
 * @param title     the document's title, also its metadata's
 * @param cover     the title page, or null for none
 * @param slides    the scenes' pages, at least one
 * @param sources   the sources pages' content, or null for none
 * @param notes     whether slides carry speaker notes (PowerPoint only: a PDF has no place for them)
 * @param created   when the document was made, for its metadata
 * @param language  the language its text is in, which sets its direction and its metadata's language
 */
public record Deck(String title, Cover cover, List<Slide> slides, Sources sources, boolean notes,
        ZonedDateTime created, Language language) {

    /** The title page: the briefing's title, lines under it (the dataset, the date), and its speaker notes. */
    public record Cover(String title, List<String> lines, String speakerNotes) {

        public Cover {
            lines = List.copyOf(lines);
        }
    }

    /**
     * Every cited source in full, numbered as the slides cite them, then a credit for the map data.
     *
     * @param heading      the pages' title
     * @param pagedHeading the title when the sources take several pages, {0} the page and {1} how many
     */
    public record Sources(String heading, String pagedHeading, List<Entry> entries, String credit,
            String speakerNotes) {

        public Sources {
            entries = List.copyOf(entries);
        }
    }

    /** One numbered source: its text in full ("publisher, “title”, date, link") and its link, or null. */
    public record Entry(int number, String text, String url) {
    }

    public Deck {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(language, "language");
        slides = List.copyOf(slides);
        if (slides.isEmpty()) {
            throw new IllegalArgumentException("a briefing needs at least one slide");
        }
    }

    /** The language as documents tag their text, with the region whose conventions its dates follow. */
    public String languageTag() {
        return switch (language) {
            case ENGLISH -> "en-GB";
            case FRENCH -> "fr-FR";
            case ARABIC -> "ar-MA";
        };
    }
}
