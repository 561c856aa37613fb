package org.sirocco.i18n;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A language the interface speaks. Its messages come from {@code i18n/messages*.properties} and its dates and
 * numbers are formatted with {@link #locale()}, never with the machine's default.
 */
public enum Language {
    ENGLISH("en", Locale.ENGLISH),
    FRENCH("fr", Locale.FRENCH),
    /** Moroccan Arabic conventions (Maghreb month names) with Western digits, as used across the region. */
    ARABIC("ar", Locale.forLanguageTag("ar-MA-u-nu-latn"));

    private static final String BUNDLE = "i18n.messages";
    /** Never the machine's language when a bundle lacks the one asked for: English is the base bundle. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The language tag kept in settings and given on the command line: en, fr or ar. */
    public String tag() {
        return tag;
    }

    /** The locale that formats dates and numbers for this language. */
    public Locale locale() {
        return locale;
    }

    public boolean isRightToLeft() {
        return this == ARABIC;
    }

    /** The interface's messages in this language. */
    public ResourceBundle messages() {
        return ResourceBundle.getBundle(BUNDLE, this == ENGLISH ? Locale.ROOT : locale, NO_FALLBACK);
    }

    /** The language of {@code messages} (English for the base bundle). */
    public static Language of(ResourceBundle messages) {
        return forTag(messages.getLocale() == null ? "" : messages.getLocale().getLanguage());
    }

    /** The language of a tag such as "fr" or "ar-MA"; English for any other. */
    public static Language forTag(String tag) {
        String language = Locale.forLanguageTag(tag).getLanguage();
        for (Language l : values()) {
            if (l.tag.equals(language)) {
                return l;
            }
        }
        return ENGLISH;
    }

    /** The language of {@code system} if the interface speaks it, else English. */
    public static Language forSystem(Locale system) {
        return forTag(system.toLanguageTag());
    }
}
