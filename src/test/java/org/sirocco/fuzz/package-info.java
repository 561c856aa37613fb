/**
 * Fuzz targets for every reader of a file a user may be handed: {@code mvn -Pfuzz verify} fuzzes each with Jazzer
 * for a set time, and every {@code mvn verify} replays the inputs kept under
 * {@code src/test/resources/org/sirocco/fuzz/ReaderFuzzTestInputs/}: seeds, and the inputs that once found a bug.
 */
package org.sirocco.fuzz;
