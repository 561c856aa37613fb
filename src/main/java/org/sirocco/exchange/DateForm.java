package org.sirocco.exchange;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The ways exported tables write a day: ACLED's own forms over the years, and what a spreadsheet makes of them.
 * A file uses one form, found from its first dates ({@link #detect}); never from the machine's locale, so a file
 * reads the same on every computer. Month names are English, as the exports write them.
 */
public enum DateForm {
    ISO("2016-02-18"),
    DAY_MONTH_YEAR_SLASH("18/02/2016"),
    MONTH_DAY_YEAR_SLASH("02/18/2016"),
    DAY_MONTH_NAME_YEAR("18 February 2016"),
    DAY_MONTH_NAME_YEAR_HYPHEN("18-February-2016"),
    DAY_MON_YEAR_HYPHEN("18-Feb-2016"),
    DAY_MON_YY_HYPHEN("18-Feb-16");

    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};

    private static final Pattern SPACES = Pattern.compile(" +");
    private static final Pattern SLASH = Pattern.compile("/");
    private static final Pattern HYPHEN = Pattern.compile("-");

    private final String example;

    DateForm(String example) {
        this.example = example;
    }

    /** The date 18 February 2016 written in this form. */
    public String example() {
        return example;
    }

    /**
     * The form that reads all of {@code samples}, or if none does, the one that reads the most; null when none reads
     * any. Day-first is preferred for slashes, as ACLED writes them, unless a sample's second number is above 12.
     */
    public static DateForm detect(List<String> samples) {
        DateForm best = null;
        int bestCount = 0;
        for (DateForm form : values()) {
            int count = 0;
            for (String s : samples) {
                if (form.reads(s)) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = form;
                bestCount = count;
            }
        }
        return best;
    }

    private boolean reads(String text) {
        try {
            return parse(text, LocalDate.of(2100, 1, 1)) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /**
     * The day {@code text} names in this form, or null when it is not written in this form.
     *
     * @param today a two-digit year is taken in the century that does not put it after today's year
     * @throws DateTimeException when it has the form but names no real day (31/02/2016)
     */
    public LocalDate parse(String text, LocalDate today) {
        String t = text.strip();
        String[] parts = (this == DAY_MONTH_NAME_YEAR ? SPACES : this == DAY_MONTH_YEAR_SLASH
                || this == MONTH_DAY_YEAR_SLASH ? SLASH : HYPHEN).split(t, -1);
        if (parts.length != 3) {
            return null;
        }
        return switch (this) {
            case ISO -> digits(parts[0], 4, 4) && digits(parts[1], 1, 2) && digits(parts[2], 1, 2)
                    ? LocalDate.of(num(parts[0]), num(parts[1]), num(parts[2])) : null;
            case DAY_MONTH_YEAR_SLASH -> digits(parts[0], 1, 2) && digits(parts[1], 1, 2) && digits(parts[2], 4, 4)
                    ? LocalDate.of(num(parts[2]), num(parts[1]), num(parts[0])) : null;
            case MONTH_DAY_YEAR_SLASH -> digits(parts[0], 1, 2) && digits(parts[1], 1, 2) && digits(parts[2], 4, 4)
                    ? LocalDate.of(num(parts[2]), num(parts[0]), num(parts[1])) : null;
            case DAY_MONTH_NAME_YEAR, DAY_MONTH_NAME_YEAR_HYPHEN -> digits(parts[0], 1, 2) && digits(parts[2], 4, 4)
                    && month(parts[1], false) > 0 ? LocalDate.of(num(parts[2]), month(parts[1], false), num(parts[0]))
                    : null;
            case DAY_MON_YEAR_HYPHEN -> digits(parts[0], 1, 2) && digits(parts[2], 4, 4) && month(parts[1], true) > 0
                    ? LocalDate.of(num(parts[2]), month(parts[1], true), num(parts[0])) : null;
            case DAY_MON_YY_HYPHEN -> digits(parts[0], 1, 2) && digits(parts[2], 2, 2) && month(parts[1], true) > 0
                    ? LocalDate.of(century(num(parts[2]), today), month(parts[1], true), num(parts[0])) : null;
        };
    }

    /** Whether this form writes the year with two digits, which the file's year column must then confirm. */
    public boolean twoDigitYear() {
        return this == DAY_MON_YY_HYPHEN;
    }

    private static int century(int yy, LocalDate today) {
        int thisYear = today.getYear();
        int year = thisYear - thisYear % 100 + yy;
        return year > thisYear ? year - 100 : year;
    }

    /** 1 to 12 for a month's English name ({@code abbreviated}: its first three letters), else 0. */
    private static int month(String text, boolean abbreviated) {
        String t = text.toLowerCase(Locale.ROOT);
        for (int m = 0; m < 12; m++) {
            if (abbreviated ? t.length() == 3 && MONTHS[m].startsWith(t) : MONTHS[m].equals(t)) {
                return m + 1;
            }
        }
        return 0;
    }

    private static boolean digits(String text, int min, int max) {
        if (text.length() < min || text.length() > max) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
