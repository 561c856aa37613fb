/**
 * Briefings: named scenes (a time window, filters, a map extent, highlighted events and a note), the briefing
 * file that stores them as JSON, and the panel where a briefing officer builds, orders and revisits them.
 */
package org.sirocco.briefing;
