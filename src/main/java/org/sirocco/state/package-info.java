/**
 * The one shared view state: dataset, time window, filters, selection and hover, as observable properties.
 * The map, timeline, list and detail panes bind to it and never refer to each other; that is what links them.
 */
package org.sirocco.state;
