/**
 * Bringing events in from the formats analysts already use and taking them out to other tools. Each import format
 * is a {@link org.sirocco.exchange.ImportDriver driver} that recognises its files by their content and maps their
 * records to Sirocco events; {@link org.sirocco.exchange.ImportJob} streams a file through a driver, validates every
 * event with the dataset reader's own rules and writes a dataset; the export side lays events out as table columns,
 * features and placemarks. File formats themselves (CSV, GeoJSON, KML) are read and written in
 * {@link org.sirocco.exchange.io}.
 */
package org.sirocco.exchange;
