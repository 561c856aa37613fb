/**
 * Finding events: the filter panel (search box, facets with counts, active filters as removable chips) and its
 * view model, which turns ticks and typing into the shared view state's filter and keeps the counts current.
 */
package org.sirocco.filter;
