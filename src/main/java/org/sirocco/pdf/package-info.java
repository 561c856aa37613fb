/**
 * Text in PDFs in any of the interface's languages: the bundled font embedded, and Arabic shaped and put in visual
 * order (PDFBox does neither).
 */
package org.sirocco.pdf;
