/**
 * Benchmarks, run by {@code mvn -B -q -Pbench verify}: each measures one figure with no display and the runner
 * writes them all to {@code target/bench/results.json} (figure name to number).
 */
package org.sirocco.bench;
