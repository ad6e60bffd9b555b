/**
 * The on-disk Lucene index of buddy profiles: one document per buddy, upserted by id, with the field schema of
 * DESIGN §6 ({@link be.buddytrajectories.search.index.ProfileFields}). {@link
 * be.buddytrajectories.search.index.ProfileIndex} owns the single writer, the near-real-time searchers,
 * commits that remember the last applied outbox id, the full rebuild with atomic swap and the integrity check
 * that lets the caller rebuild a corrupt index from the database (always the source of truth).
 */
package be.buddytrajectories.search.index;
