/**
 * The tools a programme would otherwise pick, doing the same work as the plugin on the same rows: PostgreSQL
 * full-text search (a profile table with a tsvector over Dutch and English configurations, a GIN index,
 * {@code ts_rank}, the matcher's hard filters in SQL, facets by GROUP BY) and plain {@code ILIKE}.
 */
package be.buddytrajectories.bench.peer;
