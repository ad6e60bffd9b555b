/**
 * {@code bin/bench TIER}: one run that loads a tier of generated profiles into the real tables, wires the
 * plugin's beans as a host would, and measures rebuild, suggestions, coordinator search, freshness, heap and
 * match quality for the plugin and for its peers (PostgreSQL full-text search, ILIKE) side by side, then writes
 * {@code bench/results/tier-N.md}.
 */
package be.buddytrajectories.bench.run;
