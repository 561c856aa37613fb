package org.sirocco.exchange;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/** ISO 3166-1 alpha-2 codes from what exports write: an English name, an alpha-3 code, or the code itself. */
final class Countries {

    private static final Map<String, String> BY_NAME = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            Locale l = new Locale("", code);
            BY_NAME.put(l.getDisplayCountry(Locale.ENGLISH), code);
            BY_NAME.put(fold(l.getDisplayCountry(Locale.ENGLISH)), code);
            BY_NAME.put(fold(code), code);
            try {
                BY_NAME.put(fold(l.getISO3Country()), code);
            } catch (MissingResourceException e) {
                // no alpha-3 code known for it
            }
        }
        // Names the exports use that differ from the JDK's English names.
        String[][] aliases = {{"Ivory Coast", "CI"}, {"Cote d'Ivoire", "CI"}, {"Democratic Republic of Congo", "CD"},
            {"Democratic Republic of the Congo", "CD"}, {"Republic of Congo", "CG"}, {"Republic of the Congo", "CG"},
            {"eSwatini", "SZ"}, {"Swaziland", "SZ"}, {"Gambia", "GM"}, {"The Gambia", "GM"}, {"Cape Verde", "CV"},
            {"Western Sahara", "EH"}, {"Libyan Arab Jamahiriya", "LY"}, {"Kosovo", "XK"}, {"Czech Republic", "CZ"},
            {"United States", "US"}, {"United Kingdom", "GB"}, {"Russia", "RU"}, {"Syria", "SY"}, {"Iran", "IR"},
            {"West Germany (FRG)", "DE"}, {"East Germany (GDR)", "DE"}, {"Zaire", "CD"}, {"Upper Volta", "BF"},
            {"Sao Tome and Principe", "ST"}, {"Guinea-Bissau", "GW"}, {"Tanzania", "TZ"}, {"South Sudan", "SS"}};
        for (String[] a : aliases) {
            BY_NAME.put(a[0], a[1]);
            BY_NAME.put(fold(a[0]), a[1]);
        }
    }

    private Countries() {
    }

    /** The alpha-2 code for a country's name or code, or null when the text is not one. */
    static String code(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return null;
        }
        String exact = BY_NAME.get(nameOrCode); // the common case, without folding a million names
        return exact != null ? exact : BY_NAME.get(fold(nameOrCode));
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").strip()
                .toLowerCase(Locale.ROOT);
    }
}
