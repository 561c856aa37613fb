package org.sirocco.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sirocco.data.DatePrecision;
import org.sirocco.data.EventDates;
import org.sirocco.data.TimeWindow;

/** Dates, numbers and plurals as each interface language writes them. */
class MessagesTest {

    private static final String NNBSP = "\u202f";

    @Test
    void aCountIsGroupedAsEachLanguageWritesIt() {
        assertEquals("1,234", Messages.integer(Language.ENGLISH.locale(), 1234));
        assertEquals("1" + NNBSP + "234", Messages.integer(Language.FRENCH.locale(), 1234));
        // Moroccan Arabic groups with a dot, in Western digits: never Eastern Arabic digits.
        assertEquals("1.234", Messages.integer(Language.ARABIC.locale(), 1234));
    }

    @Test
    void anEventDateIsWrittenInTheInterfaceLanguage() {
        LocalDate day = LocalDate.of(2015, 3, 18);
        assertEquals("18 March 2015", EventDates.format(day, DatePrecision.DAY, Language.ENGLISH.locale()));
        assertEquals("18 mars 2015", EventDates.format(day, DatePrecision.DAY, Language.FRENCH.locale()));
        assertEquals("18 \u0645\u0627\u0631\u0633 2015",
                EventDates.format(day, DatePrecision.DAY, Language.ARABIC.locale()), "Maghreb month name, mars");
        assertEquals("mars 2015", EventDates.format(day, DatePrecision.MONTH, Language.FRENCH.locale()));
    }

    @Test
    void aWindowIsWrittenFromItsFirstToItsLastDay() {
        TimeWindow year = TimeWindow.ofDays(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31));
        assertEquals("1 January 2015 \u2013 31 December 2015", EventDates.format(year, Language.ENGLISH.locale()));
        assertEquals("1 janvier 2015 \u2013 31 d\u00e9cembre 2015", EventDates.format(year, Language.FRENCH.locale()));
        assertEquals("1 \u064a\u0646\u0627\u064a\u0631 2015 \u2013 31 \u062f\u062c\u0646\u0628\u0631 2015",
                EventDates.format(year, Language.ARABIC.locale()), "janvier and décembre as the Maghreb says them");
    }

    @ParameterizedTest(name = "{0} events in Arabic: {1}")
    @CsvSource({
        "0, \u0644\u0627 \u0623\u062d\u062f\u0627\u062b", // zero: no events
        "1, \u062d\u062f\u062b \u0648\u0627\u062d\u062f", // one: one event
        "2, \u062d\u062f\u062b\u0627\u0646", // two: the dual
        "3, 3 \u0623\u062d\u062f\u0627\u062b", // few: plural
        "11, 11 \u062d\u062f\u062b\u0627", // many: accusative singular
        "100, 100 \u062d\u062f\u062b", // other: genitive singular
    })
    void arabicCountsTakeTheirSixPluralForms(long n, String events) {
        ResourceBundle arabic = Language.ARABIC.messages();
        assertEquals("X (" + events + ")", Messages.format(arabic, "periods.count", "X", n));
    }

    @Test
    void pluralMessagesFollowEnglishAndFrenchRules() {
        ResourceBundle english = Language.ENGLISH.messages();
        ResourceBundle french = Language.FRENCH.messages();
        assertEquals("1 event picked on the map", Messages.format(english, "list.picked", 1));
        assertEquals("1,234 events picked on the map", Messages.format(english, "list.picked", 1234));
        assertEquals("1" + NNBSP + "234 \u00e9v\u00e9nements choisis sur la carte",
                Messages.format(french, "list.picked", 1234));
        assertEquals("0 filtre", Messages.format(french, "briefing.filters", 0), "French counts zero in the singular");
    }

    @Test
    void plainMessagesFormatTheirNumbersInTheLanguage() {
        assertEquals("1" + NNBSP + "234 sur 5" + NNBSP + "000 \u00e9v\u00e9nements affich\u00e9s",
                Messages.format(Language.FRENCH.messages(), "status.shown", 1234, 5000));
        assertFalse(Messages.needsIcu(Language.FRENCH.messages().getString("status.shown")));
    }

    @Test
    void noBundleKeepsAChoiceFormatAndEveryPluralMessageFormats() {
        for (Language language : Language.values()) {
            ResourceBundle messages = language.messages();
            for (String key : messages.keySet()) {
                String pattern = messages.getString(key);
                assertFalse(pattern.contains(",choice,"), language + " " + key + " still uses ChoiceFormat");
                if (Messages.needsIcu(pattern)) {
                    for (long n : List.of(0L, 1L, 2L, 3L, 11L, 100L)) {
                        String text = Messages.format(messages, key, n, n, "X");
                        assertFalse(text.contains("{"), language + " " + key + ": " + text);
                    }
                }
            }
        }
    }

    @Test
    void aTollFieldReadsWhatItShowsAndWhatPeopleType() {
        assertEquals(OptionalLong.of(1234), Messages.parseInteger(Language.FRENCH.locale(), "1" + NNBSP + "234"));
        assertEquals(OptionalLong.of(1234), Messages.parseInteger(Language.FRENCH.locale(), "1 234"));
        assertEquals(OptionalLong.of(1234), Messages.parseInteger(Language.ENGLISH.locale(), "1,234"));
        assertEquals(OptionalLong.of(1234), Messages.parseInteger(Language.ARABIC.locale(), "1.234"));
        assertTrue(Messages.parseInteger(Language.ENGLISH.locale(), "12a").isEmpty());
        assertTrue(Messages.parseInteger(Language.ENGLISH.locale(), " ").isEmpty());
    }
}
