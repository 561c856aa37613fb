/** Pictures and documents made from scenes: PNG, PDF (Apache PDFBox) and PowerPoint (Apache POI). */
package org.sirocco.export;
