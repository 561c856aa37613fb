/**
 * Presentation mode: a briefing's scenes full screen in a high-contrast theme, one after another, with the map
 * extent and the time window gliding from each scene to the next.
 */
package org.sirocco.presentation;
