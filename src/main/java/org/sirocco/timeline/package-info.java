/**
 * The timeline: {@link org.sirocco.timeline.TimelineView} (a control holding properties) and its skin, which draws
 * the time axis, the events in one lane per category and the brush that sets the shared time window; the
 * {@link org.sirocco.timeline.TimelineBar} above it, where the window is typed as dates and playback is run; and the
 * {@link org.sirocco.timeline.PlaybackDate} a window shows over the map while it plays. The time-to-pixel maths
 * ({@link org.sirocco.timeline.TimeScale}), the tick and label choice ({@link org.sirocco.timeline.TickGenerator})
 * and the brush's snapping are pure and tested without the toolkit.
 */
package org.sirocco.timeline;
