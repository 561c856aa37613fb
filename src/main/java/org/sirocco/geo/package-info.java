/**
 * Geography: the map projection (Lambert conformal conic through Proj4J), the viewport that turns projected
 * metres into pixels, and the base map's countries and boundaries, pre-projected once. Pure code, tested
 * without the toolkit.
 */
package org.sirocco.geo;
