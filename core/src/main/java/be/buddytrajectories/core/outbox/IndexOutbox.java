package be.buddytrajectories.core.outbox;

import be.buddytrajectories.core.persistence.BuddyDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Records that a volunteer's matchability changed (profile, status, capacity, active duos, erasure), and lets the
 * index consumer read those records in order. Writers pass the EntityManager of their own transaction: the row
 * commits or rolls back with the change it describes.
 */
@ApplicationScoped
public class IndexOutbox {

    private final BuddyDatabase database;
    private final Clock clock;

    @Inject
    public IndexOutbox(BuddyDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Records, inside the caller's transaction, that the volunteer's index document must be refreshed. */
    public void volunteerChanged(EntityManager transaction, long volunteerId) {
        record(transaction, volunteerId, ChangeType.UPSERT);
    }

    /** Records, inside the caller's transaction, that the volunteer's index document must go. */
    public void volunteerRemoved(EntityManager transaction, long volunteerId) {
        record(transaction, volunteerId, ChangeType.DELETE);
    }

    /** Records a change of the given type inside the caller's transaction. */
    public void record(EntityManager transaction, long volunteerId, ChangeType type) {
        Objects.requireNonNull(type, "type");
        if (!transaction.getTransaction().isActive()) {
            throw new IllegalStateException("an outbox row must be written inside the change's transaction");
        }
        transaction.persist(new OutboxRow(volunteerId, type, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
    }

    /**
     * Committed entries with an id above {@code lastId}, oldest first, at most {@code limit}. For the index
     * consumer, a background task without a user: it reads volunteer ids only, never personal data.
     */
    public List<OutboxEntry> after(long lastId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        return database.inTransaction(em -> em.createQuery(
                        "select r from OutboxRow r where r.id > :lastId order by r.id", OutboxRow.class)
                .setParameter("lastId", lastId)
                .setMaxResults(limit)
                .getResultStream()
                .map(OutboxRow::toEntry)
                .toList());
    }

    /** How many entries wait to be applied. */
    public long pending() {
        return database.inTransaction(em -> em.createQuery("select count(r) from OutboxRow r", Long.class)
                .getSingleResult());
    }

    /** The id of the newest entry, or empty when the outbox is empty. */
    public OptionalLong newest() {
        Long newest = database.inTransaction(em -> em.createQuery("select max(r.id) from OutboxRow r", Long.class)
                .getSingleResult());
        return newest == null ? OptionalLong.empty() : OptionalLong.of(newest);
    }

    /**
     * Deletes exactly these entries, once the consumer has durably applied them; entries that a later-committing
     * transaction wrote below their ids stay.
     */
    public void discard(List<OutboxEntry> applied) {
        List<Long> ids = applied.stream().map(OutboxEntry::id).toList();
        database.runInTransaction(em -> em.createQuery("delete from OutboxRow r where r.id in :ids")
                .setParameter("ids", ids)
                .executeUpdate());
    }

    /** Deletes entries up to and including {@code appliedId}, once the consumer has durably applied them. */
    public int discardUpTo(long appliedId) {
        return database.inTransaction(em -> em.createQuery("delete from OutboxRow r where r.id <= :id")
                .setParameter("id", appliedId)
                .executeUpdate());
    }
}
