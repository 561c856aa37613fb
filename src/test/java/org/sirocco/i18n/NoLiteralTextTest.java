package org.sirocco.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word a user sees comes from the bundles: a string literal with a letter in it, handed to a call that puts
 * text on the screen, is a word left out of French and Arabic.
 */
class NoLiteralTextTest {

    /** Calls whose text argument the user reads. */
    private static final Pattern SHOWN = Pattern.compile("(?:\\.setText|new Label|new Tooltip|\\.setTitle"
            + "|\\.setHeaderText|\\.setContentText|\\.setPromptText|new MenuItem|new Menu|new CheckMenuItem"
            + "|new RadioMenuItem|new Button|new CheckBox|new ToggleButton|new Hyperlink|new Tab|new TitledPane"
            + "|\\.fillText|\\.strokeText|\\.setAccessibleText)\\(");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(u[0-9a-fA-F]{4}|.)");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** A bundle's key ("list.title"), a style class or an id: text for the program, not for the user. */
    private static final Pattern KEY = Pattern.compile("[a-z][\\w-]*(\\.[\\w-]*)+|\\.[a-z][\\w.]*|[a-z]+(-[a-z]+)+");
    /** Not words: a date pattern shown as a hint, a web address's start, a country code. */
    private static final List<String> NOT_WORDS = List.of("YYYY-MM-DD", "https://");

    @Test
    void noUserVisibleTextIsWrittenInJava() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(file);
                Matcher call = SHOWN.matcher(source);
                while (call.find()) {
                    Matcher literal = LITERAL.matcher(argument(source, call.end()));
                    while (literal.find()) {
                        String text = literal.group(1);
                        if (LETTER.matcher(ESCAPE.matcher(text).replaceAll("")).find() && !KEY.matcher(text).matches() && !NOT_WORDS.contains(text)) {
                            int line = (int) source.substring(0, call.start()).chars().filter(c -> c == '\n').count() + 1;
                            found.add(file + ":" + line + " \"" + text + "\"");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found, "put these in resources/i18n/messages*.properties");
    }

    /**
     * The call's arguments from {@code start}, just after its opening parenthesis, to the one that closes it, less what
     * nested calls are given (bundle keys, shortcuts): only the text the call itself shows.
     */
    private static String argument(String source, int start) {
        StringBuilder shown = new StringBuilder();
        int depth = 1;
        boolean quoted = false;
        for (int i = start; i < source.length(); i++) {
            char c = source.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    appendAt(shown, depth, c);
                    c = source.charAt(++i);
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return shown.toString();
            }
            appendAt(shown, depth, c);
        }
        return shown.toString();
    }

    private static void appendAt(StringBuilder shown, int depth, char c) {
        if (depth == 1 && c != '(' ) {
            shown.append(c);
        }
    }

    @Test
    void theScanTellsWordsFromKeys() {
        String shown = "gc.fillText(n + \" km\", x, y); label.setText(messages.getString(\"list.title\"));";
        Matcher call = SHOWN.matcher(shown);
        call.find();
        assertEquals(" km", literalIn(argument(shown, call.end())));
        call.find();
        assertEquals(null, literalIn(argument(shown, call.end())), "a key given to getString is not shown text");
        assertEquals(true, KEY.matcher("list.title").matches());
        assertEquals(false, KEY.matcher(" km").matches());
    }

    private static String literalIn(String argument) {
        Matcher m = LITERAL.matcher(argument);
        return m.find() ? m.group(1) : null;
    }
}
