package org.sirocco.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void theLanguageFollowsTheSystemWhenTheInterfaceSpeaksIt() {
        assertEquals(Language.FRENCH, Language.forSystem(Locale.CANADA_FRENCH));
        assertEquals(Language.ARABIC, Language.forSystem(Locale.forLanguageTag("ar-DZ")));
        assertEquals(Language.ENGLISH, Language.forSystem(Locale.GERMANY));
        assertEquals(Language.ENGLISH, Language.forTag("not a tag"));
    }

    @Test
    void englishIsTheBaseBundleWhateverTheMachineSpeaks() {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            assertEquals(Language.ENGLISH, Language.of(Language.ENGLISH.messages()));
            assertEquals("_File", Language.ENGLISH.messages().getString("menu.file"));
        } finally {
            Locale.setDefault(machine);
        }
    }

    @Test
    void arabicDatesHaveMaghrebMonthsAndWesternDigits() {
        String date = DateTimeFormatter.ofPattern("d MMMM y", Language.ARABIC.locale()).format(LocalDate.of(2015, 3, 18));
        assertEquals("18 \u0645\u0627\u0631\u0633 2015", date);
    }

    @Test
    void eachLanguageHasItsOwnMessages() {
        assertEquals("_Fichier", Language.FRENCH.messages().getString("menu.file"));
        assertEquals("_\u0645\u0644\u0641", Language.ARABIC.messages().getString("menu.file"));
        assertEquals(Language.FRENCH, Language.of(Language.FRENCH.messages()));
        assertEquals(Language.ARABIC, Language.of(Language.ARABIC.messages()));
    }
}
