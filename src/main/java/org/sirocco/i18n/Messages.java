package org.sirocco.i18n;

import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * Messages, counts and numbers in the interface's language. A message with a plural or select argument goes to
 * ICU4J, which knows every language's plural rules (Arabic has six forms); any other message stays with the JDK's
 * {@link MessageFormat}, so that ICU4J's classes load only once such a message is shown, never at start-up.
 */
public final class Messages {

    private static final Pattern NEEDS_ICU = Pattern.compile("\\{\\s*\\w+\\s*,\\s*(plural|select|selectordinal)\\s*,");
    /** The spaces people type between thousands, which a locale may write as another space (French: U+202F). */
    private static final Pattern ANY_SPACE = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]");

    private Messages() {
    }

    /** The locale that formats dates and numbers for the language of {@code messages}. */
    public static Locale locale(ResourceBundle messages) {
        return Language.of(messages).locale();
    }

    /** The message {@code key} of {@code messages} with {@code args} put in, in the bundle's language. */
    public static String format(ResourceBundle messages, String key, Object... args) {
        return format(locale(messages), messages.getString(key), args);
    }

    /** {@code pattern} with {@code args} put in, its numbers and plurals as {@code locale} writes them. */
    public static String format(Locale locale, String pattern, Object... args) {
        return needsIcu(pattern) ? PluralMessages.format(locale, pattern, args)
                : new MessageFormat(pattern, locale).format(args);
    }

    /** Whether {@code pattern} has a plural or select argument, which only ICU4J formats. */
    public static boolean needsIcu(String pattern) {
        return NEEDS_ICU.matcher(pattern).find();
    }

    /** A whole number with the locale's grouping: "1,234", "1 234" (with U+202F) in French, "1.234" in Arabic. */
    public static String integer(Locale locale, long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /**
     * The whole number written in {@code text} as {@code locale} writes it, or as anyone types it: any space between
     * the thousands, the locale's grouping mark or none. Empty when the text is not a whole number.
     */
    public static OptionalLong parseInteger(Locale locale, String text) {
        String grouping = String.valueOf(DecimalFormatSymbols.getInstance(locale).getGroupingSeparator());
        String digits = ANY_SPACE.matcher(text).replaceAll("").replace(grouping, "");
        if (digits.isEmpty()) {
            return OptionalLong.empty();
        }
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        format.setGroupingUsed(false);
        format.setParseIntegerOnly(true);
        ParsePosition at = new ParsePosition(0);
        Number n = format.parse(digits, at);
        return n == null || at.getIndex() != digits.length() ? OptionalLong.empty() : OptionalLong.of(n.longValue());
    }
}
