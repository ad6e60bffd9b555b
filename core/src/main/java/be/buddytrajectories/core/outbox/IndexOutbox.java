package be.buddytrajectories.core.outbox;

import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.persistence.VolunteersTouched;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Records that a volunteer's matchability changed (profile, status, capacity, active duos, erasure), and lets the
 * index consumer read those records in order. The rows are written inside the transaction of the change they
 * describe: for entity changes by observing {@link VolunteersTouched} (no writer has to remember them), for changes
 * the plugin hears of from elsewhere (the host's people) by {@link #volunteerChanged}.
 */
@ApplicationScoped
public class IndexOutbox {

    /** Ids per delete statement: far below every database's limit on bound parameters. */
    private static final int DISCARD_CHUNK = 1000;
    private final BuddyDatabase database;
    private final Clock clock;

    @Inject
    public IndexOutbox(BuddyDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Writes the rows of a transaction's changes to indexed entities, in that transaction. */
    void onVolunteersTouched(@Observes VolunteersTouched touched) {
        touched.changed().forEach(volunteer -> volunteerChanged(touched.transaction(), volunteer));
        touched.removed().forEach(volunteer -> volunteerRemoved(touched.transaction(), volunteer));
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

    /** The ids of the committed entries, oldest first: what a full rebuild that starts now will include. */
    public List<Long> committedIds() {
        return database.inTransaction(em -> em.createQuery("select r.id from OutboxRow r order by r.id", Long.class)
                .getResultList());
    }

    /**
     * Deletes exactly these entries, once the consumer has durably applied them; entries that a later-committing
     * transaction wrote below their ids stay.
     */
    public void discard(List<OutboxEntry> applied) {
        discardIds(applied.stream().map(OutboxEntry::id).toList());
    }

    /**
     * Deletes exactly the entries with these ids. Never "every id up to n": ids are taken at insert, so a
     * transaction that commits late can hold a lower id than rows already applied, and its row must stay.
     */
    public void discardIds(List<Long> ids) {
        database.runInTransaction(em -> {
            for (int from = 0; from < ids.size(); from += DISCARD_CHUNK) {
                em.createQuery("delete from OutboxRow r where r.id in :ids")
                        .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + DISCARD_CHUNK)))
                        .executeUpdate();
            }
        });
    }
}
