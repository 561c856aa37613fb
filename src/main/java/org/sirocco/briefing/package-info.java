/**
 * Briefings: named scenes (a time window, filters, a map extent, highlighted events and a note) in an ordered,
 * observable briefing, and how a scene moves in and out of the shared view state. The file is in {@code io}, the
 * panel in {@code ui}.
 */
package org.sirocco.briefing;
