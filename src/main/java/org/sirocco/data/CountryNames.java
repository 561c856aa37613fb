package org.sirocco.data;

import java.util.Locale;

/** English names of ISO 3166-1 alpha-2 country codes, from the JDK's locale data (no network, no extra file). */
public final class CountryNames {

    private CountryNames() {
    }

    /** "Morocco" for "MA"; the code itself when the JDK does not know it. */
    public static String of(String iso) {
        String name = new Locale("", iso).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() || name.equals(iso) ? iso : name;
    }
}
