/**
 * JMH benchmarks of the hot paths (suggestions with reasons, coordinator search with facets) on an index built
 * from generated profiles, forked and warmed up. Run with {@code bin/bench jmh} (any JMH options follow).
 */
package be.buddytrajectories.bench.jmh;
