package org.sirocco.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sirocco.i18n.Language;

class TypedDateTest {

    @ParameterizedTest(name = "\"{0}\" is {1} to {2}")
    @CsvSource(delimiter = ';', value = {
        "1994; 1994-01-01; 1994-12-31",
        " 1994 ; 1994-01-01; 1994-12-31",
        "2015-03; 2015-03-01; 2015-03-31",
        "2016/02; 2016-02-01; 2016-02-29",
        "03/2015; 2015-03-01; 2015-03-31",
        "3.2015; 2015-03-01; 2015-03-31",
        "Mar 2015; 2015-03-01; 2015-03-31",
        "march 2015; 2015-03-01; 2015-03-31",
        "2015 Sept; 2015-09-01; 2015-09-30",
        "2015-03-18; 2015-03-18; 2015-03-18",
        "18/03/2015; 2015-03-18; 2015-03-18",
        "18.3.2015; 2015-03-18; 2015-03-18",
        "18-03-2015; 2015-03-18; 2015-03-18",
        "18 Mar 2015; 2015-03-18; 2015-03-18",
        "18 March, 2015; 2015-03-18; 2015-03-18",
        "March 18, 2015; 2015-03-18; 2015-03-18",
        "2015 Mar 18; 2015-03-18; 2015-03-18",
    })
    void aTypedDateNamesThePeriodItsPrecisionCovers(String text, LocalDate first, LocalDate last) throws Exception {
        TypedDate date = TypedDate.parse(text, Locale.ENGLISH);
        assertEquals(first, date.first());
        assertEquals(last, date.last());
    }

    @ParameterizedTest(name = "\"{0}\" in French")
    @CsvSource(delimiter = ';', value = {"18 mars 2015; 2015-03-18", "février 2016; 2016-02-01", "1 Août 2014; 2014-08-01",
        "9 févr. 2014; 2014-02-09", "18 Mar 2015; 2015-03-18"})
    void monthNamesAreReadInTheUsersLanguageAndInEnglish(String text, LocalDate first) throws Exception {
        assertEquals(first, TypedDate.parse(text, Locale.FRENCH).first());
    }

    @Test
    void arabicMonthNamesAsTheMaghrebWritesThemAreRead() throws Exception {
        Locale arabic = Language.ARABIC.locale();
        assertEquals(LocalDate.of(2015, 3, 1), TypedDate.parse("\u0645\u0627\u0631\u0633 2015", arabic).first());
        assertEquals(LocalDate.of(2015, 3, 18), TypedDate.parse("18 \u0645\u0627\u0631\u0633 2015", arabic).first());
        assertEquals(LocalDate.of(2016, 9, 1), TypedDate.parse("\u0634\u062a\u0646\u0628\u0631 2016", arabic).first(),
                "septembre, as Morocco names it");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "nineteen", "94", "1994x", "18 Smarch 2015", "18/03", "1/2/3/2015", "2015--03-18-4",
        "18 Ju 2015"})
    void textThatIsNoDateIsUnreadable(String text) {
        TypedDate.InvalidDateException e = assertThrows(TypedDate.InvalidDateException.class,
                () -> TypedDate.parse(text, Locale.ENGLISH));
        assertEquals(TypedDate.Problem.UNREADABLE, e.problem());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"31/02/2015", "2015-13", "29 Feb 2015", "0/2015", "2015-04-31"})
    void aDateOfTheRightFormButNotOfTheCalendarIsNoSuchDate(String text) {
        TypedDate.InvalidDateException e = assertThrows(TypedDate.InvalidDateException.class,
                () -> TypedDate.parse(text, Locale.ENGLISH));
        assertEquals(TypedDate.Problem.NO_SUCH_DATE, e.problem());
    }
}
