/** The detail panel: the story, places, actors, casualties and sources of the selected event. */
package org.sirocco.detail;
