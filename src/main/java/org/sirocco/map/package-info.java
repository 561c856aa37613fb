/**
 * The map: {@link org.sirocco.map.MapView} (a control holding properties) and its skin, which draws the base map
 * and the event markers on one Canvas once per pulse and turns mouse and keys into viewport and view-state
 * changes. It reads and writes the shared {@link org.sirocco.state.ViewState} and knows no other view.
 */
package org.sirocco.map;
