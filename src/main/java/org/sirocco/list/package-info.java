/**
 * The event list: a table of the events shown (or of those picked on the map), sortable by any column, linked to
 * the shared selection and hover. Rows are store indices held in an int array, so a million rows cost 4 MB and
 * sorting by a number is a primitive sort.
 */
package org.sirocco.list;
