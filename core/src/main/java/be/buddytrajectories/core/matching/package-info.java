/**
 * Keeps the Lucene profile index (module search-index) in step with the database, and offers matching and
 * volunteer search to the screens. The database is the source of truth: changes reach the index through the
 * transactional outbox, applied by one indexer thread after commit; a missing or corrupt index is rebuilt from
 * the database at start without holding the host up.
 */
package be.buddytrajectories.core.matching;
