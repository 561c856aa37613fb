/** Reading the base map files of {@code geodata/} (cropped TopoJSON) with Gson. */
package org.sirocco.geo.io;
