/**
 * How categories look everywhere: a colour-blind-safe colour (Okabe–Ito palette, overridable from CSS) and a
 * distinct marker shape per category, so that category never depends on colour alone.
 */
package org.sirocco.symbols;
