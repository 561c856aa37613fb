/**
 * The glossary of groups, agencies, forces and people the events name (AQIM, JNIM, BCIJ, DGST...): who they are,
 * how many events name them, and a way to show just those events.
 */
package org.sirocco.glossary;
