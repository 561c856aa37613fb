/**
 * The file formats of import and export: CSV through FastCSV, GeoJSON through Gson, KML through the JDK's StAX
 * reader with DTDs and external entities off, KMZ with limits on its entries. Readers stream and hand plain records
 * (rows, features, placemarks) to the drivers of {@link org.sirocco.exchange}; writers take events.
 */
package org.sirocco.exchange.io;
