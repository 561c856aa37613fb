package org.sirocco.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * A line of text as a PDF must draw it, since a PDF shows glyphs in the order given and PDFBox shapes nothing:
 * Arabic letters turned into their joined presentation forms (ICU's {@code ArabicShaping}) and every run put in
 * visual order, left to right, with mirrored brackets (ICU's {@code Bidi}). ICU is large: this class, the only one
 * that uses it here, is loaded when a PDF is written with a line that needs it, never when the app starts.
 */
public final class VisualText {

    private static final int SHAPING = ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
            | ArabicShaping.LENGTH_GROW_SHRINK;

    private VisualText() {
    }

    /**
     * {@code line} (in logical order) as drawn from left to right; returned as it is, without loading ICU, when it
     * has no right-to-left character and its paragraph runs left to right.
     *
     * @param rightToLeft whether the document runs right to left (in Arabic), for lines with no strong letter
     */
    public static String of(String line, boolean rightToLeft) {
        if (!rightToLeft && !java.text.Bidi.requiresBidi(line.toCharArray(), 0, line.length())) {
            return line;
        }
        return Icu.reorder(line, rightToLeft);
    }

    /** Kept apart so that ICU's classes are resolved only for lines that need them. */
    private static final class Icu {

        static String reorder(String line, boolean rightToLeft) {
            String shaped;
            try {
                shaped = new ArabicShaping(SHAPING).shape(line);
            } catch (ArabicShapingException e) {
                throw new IllegalStateException("ICU could not shape \"" + line + "\"", e);
            }
            // A line takes the direction of its first strong letter (an English note in an Arabic briefing keeps
            // its full stop at its end), and the document's when it has none.
            Bidi bidi = new Bidi(shaped, rightToLeft ? Bidi.LEVEL_DEFAULT_RTL : Bidi.LEVEL_DEFAULT_LTR);
            return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
        }
    }
}
