package org.sirocco.export;

import java.util.Locale;
import java.util.ResourceBundle;
import org.sirocco.i18n.Language;
import org.sirocco.i18n.Messages;

/**
 * An export's messages, with their numbers and dates written in the language of the bundle they come from, never
 * the machine's: {@code MessageFormat.format} would use the machine's locale.
 */
record Words(ResourceBundle messages, Locale locale) {

    Words(ResourceBundle messages) {
        this(messages, Language.of(messages).locale());
    }

    String get(String key) {
        return messages.getString(key);
    }

    String format(String key, Object... arguments) {
        return Messages.format(locale, messages.getString(key), arguments);
    }
}
