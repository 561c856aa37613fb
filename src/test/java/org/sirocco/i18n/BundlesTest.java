package org.sirocco.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every language says everything English says, with the same arguments in each message. */
class BundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)");

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"FRENCH", "ARABIC"})
    void aTranslationHasEveryKeyAndNoOther(Language language) {
        ResourceBundle english = Language.ENGLISH.messages();
        ResourceBundle translated = language.messages();
        assertEquals(english.keySet(), translated.keySet(), "keys of " + language);
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"FRENCH", "ARABIC"})
    void eachMessageTakesTheArgumentsItsEnglishTakes(Language language) {
        ResourceBundle english = Language.ENGLISH.messages();
        ResourceBundle translated = language.messages();
        List<String> wrong = new ArrayList<>();
        for (String key : english.keySet()) {
            if (translated.containsKey(key)
                    && !arguments(english.getString(key)).equals(arguments(translated.getString(key)))) {
                wrong.add(key);
            }
        }
        assertTrue(wrong.isEmpty(), language + " messages whose arguments differ from English: " + wrong);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyMessageWithArgumentsFormats(Language language) {
        ResourceBundle messages = language.messages();
        List<String> broken = new ArrayList<>();
        for (String key : messages.keySet()) {
            String pattern = messages.getString(key);
            if (pattern.contains("{")) {
                Object[] arguments = {3, 2, 1, 4, 5, 6};
                try {
                    Messages.format(language.locale(), pattern, arguments);
                } catch (IllegalArgumentException e) {
                    broken.add(key + ": " + e.getMessage());
                }
            }
        }
        assertTrue(broken.isEmpty(), language + " messages that do not format: " + broken);
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }
}
