/**
 * How things look everywhere: each category's colour-blind-safe colour (Okabe–Ito palette, overridable from CSS),
 * its distinct marker shape (so that category never depends on colour alone) and its icon for lists; search
 * matches highlighted in text.
 */
package org.sirocco.symbols;
