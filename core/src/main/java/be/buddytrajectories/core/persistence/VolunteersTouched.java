package be.buddytrajectories.core.persistence;

import jakarta.persistence.EntityManager;
import java.util.Set;

/**
 * Fired by {@link BuddyDatabase} inside a transaction, just before it commits, when the transaction changed
 * {@link IndexedVolunteers}: the index outbox observes it and writes its rows through {@code transaction}, so they
 * commit or roll back with the change.
 *
 * @param transaction the running transaction's entity manager
 * @param changed     volunteers whose documents must be refreshed
 * @param removed     volunteers whose documents must go
 */
public record VolunteersTouched(EntityManager transaction, Set<Long> changed, Set<Long> removed) {
}
