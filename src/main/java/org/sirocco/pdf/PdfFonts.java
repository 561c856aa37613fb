package org.sirocco.pdf;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled font of every PDF, DejaVu Sans (see {@code resources/fonts/README.md}): it covers Latin, Arabic with
 * its presentation forms, and the narrow no-break space of French numbers, none of which PDFBox's standard
 * Helvetica can encode. It is embedded with only the glyphs used.
 */
public enum PdfFonts {
    REGULAR("/fonts/DejaVuSans.ttf"),
    BOLD("/fonts/DejaVuSans-Bold.ttf");

    private final String resource;

    PdfFonts(String resource) {
        this.resource = resource;
    }

    /** The font file. */
    public InputStream open() {
        InputStream in = PdfFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the application lacks its font " + resource);
        }
        return in;
    }

    /** The font embedded in {@code document}, subset to the glyphs its pages use. */
    public PDType0Font embed(PDDocument document) throws IOException {
        try (InputStream in = open()) {
            return PDType0Font.load(document, in, true);
        }
    }
}
