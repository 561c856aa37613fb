package org.sirocco.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;

/** ICU4J's message format, kept apart from {@link Messages} so that its classes load with the first plural message. */
final class PluralMessages {

    private PluralMessages() {
    }

    static String format(Locale locale, String pattern, Object... args) {
        return new MessageFormat(pattern, ULocale.forLocale(locale)).format(args);
    }
}
