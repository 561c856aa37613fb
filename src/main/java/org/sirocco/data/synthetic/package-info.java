/**
 * Synthetic datasets for tests and benchmarks: many events spread over the region's hotspots and the years like
 * real ones, generated on demand, never committed, and always marked as synthetic so that the app never presents
 * them as real.
 */
package org.sirocco.data.synthetic;
