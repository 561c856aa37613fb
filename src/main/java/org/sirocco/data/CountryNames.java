package org.sirocco.data;

import java.util.Locale;
import org.sirocco.i18n.Language;

/**
 * Names of ISO 3166-1 alpha-2 country codes in each language of the interface, from the JDK's locale data (no
 * network, no extra file). Western Sahara keeps the JDK's neutral geographic name in every language.
 */
public final class CountryNames {

    private CountryNames() {
    }

    /** "Morocco" for "MA"; the code itself when the JDK does not know it. */
    public static String of(String iso) {
        return of(iso, Language.ENGLISH);
    }

    /** "Maroc" for "MA" in French, "المغرب" in Arabic; the code itself when the JDK does not know it. */
    public static String of(String iso, Language language) {
        String name = new Locale("", iso).getDisplayCountry(language.locale());
        return name.isEmpty() || name.equals(iso) ? iso : name;
    }
}
