/**
 * The timeline: {@link org.sirocco.timeline.TimelineView} (a control holding properties) and its skin, which draws
 * the time axis, the events in one lane per category and the brush that sets the shared time window. The
 * time-to-pixel maths ({@link org.sirocco.timeline.TimeScale}) and the tick choice
 * ({@link org.sirocco.timeline.TickGenerator}) are pure and tested without the toolkit.
 */
package org.sirocco.timeline;
