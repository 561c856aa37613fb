package org.sirocco.data;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A date as a user types it, to the precision typed: a year ("1994"), a month ("2015-03", "03/2015", "Mar 2015") or
 * a day ("2015-03-18", "18/03/2015", "18.03.2015", "18 Mar 2015", "March 18, 2015"). Numbers are read day first, as
 * in the Maghreb and in Europe; month names are read in the given language and in English.
 */
public record TypedDate(LocalDate first, DatePrecision precision) {

    /** Why a text is not a date. */
    public enum Problem {
        /** Not of any form a date is typed in. */
        UNREADABLE,
        /** Of a date's form, but not a day of the calendar (31/02/2015, 2015-13). */
        NO_SUCH_DATE
    }

    /** A typed text that names no date. */
    public static final class InvalidDateException extends Exception {
        private final Problem problem;

        InvalidDateException(Problem problem, String text) {
            super(problem + ": " + text);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** The last day of the period typed: 31 December for a year, the month's last day for a month. */
    public LocalDate last() {
        return precision.lastDay(first);
    }

    /**
     * Reads a typed date.
     *
     * @param locale the language month names may be typed in, besides English
     * @throws InvalidDateException if the text is not a date of the calendar at any precision
     */
    public static TypedDate parse(String text, Locale locale) throws InvalidDateException {
        List<Object> tokens = tokens(text, locale);
        if (tokens == null) {
            throw new InvalidDateException(Problem.UNREADABLE, text);
        }
        StringBuilder shape = new StringBuilder();
        for (Object t : tokens) {
            shape.append(t instanceof Month ? 'M' : ((String) t).length() == 4 ? 'Y' : ((String) t).length() <= 2
                    ? 'N' : '?');
        }
        try {
            return switch (shape.toString()) {
                case "Y" -> new TypedDate(LocalDate.of(number(tokens, 0), 1, 1), DatePrecision.YEAR);
                case "YN" -> month(number(tokens, 0), number(tokens, 1));
                case "NY" -> month(number(tokens, 1), number(tokens, 0));
                case "YM" -> month(number(tokens, 0), ((Month) tokens.get(1)).getValue());
                case "MY" -> month(number(tokens, 1), ((Month) tokens.get(0)).getValue());
                case "YNN" -> day(number(tokens, 0), number(tokens, 1), number(tokens, 2));
                case "NNY" -> day(number(tokens, 2), number(tokens, 1), number(tokens, 0));
                case "NMY" -> day(number(tokens, 2), ((Month) tokens.get(1)).getValue(), number(tokens, 0));
                case "MNY" -> day(number(tokens, 2), ((Month) tokens.get(0)).getValue(), number(tokens, 1));
                case "YMN" -> day(number(tokens, 0), ((Month) tokens.get(1)).getValue(), number(tokens, 2));
                default -> throw new InvalidDateException(Problem.UNREADABLE, text);
            };
        } catch (DateTimeException e) {
            throw new InvalidDateException(Problem.NO_SUCH_DATE, text);
        }
    }

    private static TypedDate month(int year, int month) {
        return new TypedDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
    }

    private static TypedDate day(int year, int month, int day) {
        return new TypedDate(LocalDate.of(year, month, day), DatePrecision.DAY);
    }

    private static int number(List<Object> tokens, int i) {
        return Integer.parseInt((String) tokens.get(i));
    }

    /** The text's numbers (as digit strings) and month names (as months), or null if a word is no month. */
    private static List<Object> tokens(String text, Locale locale) {
        List<Object> tokens = new ArrayList<>();
        for (String part : plain(text).split("[\\s,./\\-]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                tokens.add(part);
            } else {
                Month m = monthNamed(part, locale);
                if (m == null) {
                    return null;
                }
                tokens.add(m);
            }
        }
        return tokens;
    }

    /** Lower case without accents, so that "Févr." and "fevr" read alike. */
    private static String plain(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    /** The month a word names, in full, abbreviated or by its first three letters or more; null if none. */
    private static Month monthNamed(String word, Locale locale) {
        Map<String, Month> names = new HashMap<>();
        for (Locale l : List.of(locale, Locale.ENGLISH)) {
            for (Month m : Month.values()) {
                for (TextStyle style : List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT,
                        TextStyle.SHORT_STANDALONE)) {
                    names.putIfAbsent(plain(m.getDisplayName(style, l)).replace(".", ""), m);
                }
            }
        }
        Month exact = names.get(word);
        if (exact != null || word.length() < 3) {
            return exact;
        }
        Month found = null;
        for (Map.Entry<String, Month> e : names.entrySet()) {
            if (e.getKey().startsWith(word)) {
                if (found != null && found != e.getValue()) {
                    return null;
                }
                found = e.getValue();
            }
        }
        return found;
    }
}
