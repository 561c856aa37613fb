/**
 * The event domain and the columnar store: events sorted by time in primitive arrays with a bitset per facet
 * value, so that a time window is an index range and a filter is a few bitset operations. Free of JavaFX
 * scene graph and of any file format.
 */
package org.sirocco.data;
