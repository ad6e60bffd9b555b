package be.buddytrajectories.core.outbox;

import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.persistence.VolunteersTouched;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Records that a volunteer's matchability changed (profile, status, capacity, active duos, erasure), and lets each
 * host's index read those records in commit order. The rows are written inside the transaction of the change they
 * describe: for entity changes by observing {@link VolunteersTouched} (no writer has to remember them), for changes
 * the plugin hears of from elsewhere (the host's people) by {@link #volunteerChanged}. See the package description
 * for positions and registered hosts.
 */
@ApplicationScoped
public class IndexOutbox {

    /** Rows given positions per statement: far below every database's limit on bound parameters. */
    private static final int SEQUENCE_BATCH = 1000;
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
        transaction.persist(new OutboxRow(volunteerId, type, now()));
    }

    /**
     * Committed entries with a position above {@code position}, in commit order, at most {@code limit}. For an
     * index, a background task without a user: it reads volunteer ids only, never personal data.
     */
    public List<OutboxEntry> after(long position, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        sequence();
        return database.inTransaction(em -> em.createQuery(
                        "select r from OutboxRow r where r.position > :position order by r.position", OutboxRow.class)
                .setParameter("position", position)
                .setMaxResults(limit)
                .getResultStream()
                .map(OutboxRow::toEntry)
                .toList());
    }

    /**
     * The last position given: a rebuild that reads the database after this call includes every change up to it,
     * since positions go to committed rows only.
     */
    public long lastPosition() {
        sequence();
        return database.inTransaction(em -> em.find(OutboxSequence.class, OutboxSequence.ID).lastPosition());
    }

    /** How many committed changes an index at {@code position} has still to apply. */
    public long pendingAfter(long position) {
        return database.inTransaction(em -> pendingAfter(em, position));
    }

    private static long pendingAfter(EntityManager em, long position) {
        return em.createQuery("select count(r) from OutboxRow r where r.position is null or r.position > :position",
                        Long.class)
                .setParameter("position", position)
                .getSingleResult();
    }

    /**
     * Gives every committed row without a position the next positions, in id order. One host at a time holds the
     * sequence row's lock, so positions given later are above those given earlier, and a row committed after this
     * read gets a later position: a reader that passed a position never misses a row below it.
     */
    void sequence() {
        while (unsequenced() && sequenceBatch() == SEQUENCE_BATCH) {
            // A full batch: more rows may be waiting.
        }
    }

    /** Gives up to {@link #SEQUENCE_BATCH} rows their positions; returns how many. */
    private int sequenceBatch() {
        return database.inTransaction(em -> {
            OutboxSequence sequence = em.find(OutboxSequence.class, OutboxSequence.ID, LockModeType.PESSIMISTIC_WRITE);
            // Read after taking the lock: rows an earlier holder sequenced are not seen again.
            List<Long> ids = em.createQuery("select r.id from OutboxRow r where r.position is null order by r.id",
                            Long.class)
                    .setMaxResults(SEQUENCE_BATCH)
                    .getResultList();
            if (ids.isEmpty()) {
                return 0;
            }
            long shift = sequence.shiftFor(ids.get(0));
            em.createQuery("update OutboxRow r set r.position = r.id + :shift where r.id in :ids")
                    .setParameter("shift", shift)
                    .setParameter("ids", ids)
                    .executeUpdate();
            sequence.advanceTo(ids.get(ids.size() - 1) + shift);
            return ids.size();
        });
    }

    private boolean unsequenced() {
        return database.inTransaction(em -> !em.createQuery(
                        "select r.id from OutboxRow r where r.position is null", Long.class)
                .setMaxResults(1)
                .getResultList().isEmpty());
    }

    /**
     * Registers a host that is about to build its index from the database, before it reads how far the build
     * reaches: from then on no row it may need is trimmed. Call {@link #lastPosition()} only after this returned.
     */
    public void registerBuilding(String hostId, String name) {
        database.runInTransaction(em -> {
            IndexHost host = em.find(IndexHost.class, hostId);
            if (host == null) {
                em.persist(new IndexHost(hostId, name, now()));
            } else {
                host.startsBuilding(name, now());
            }
        });
    }

    /** Whether the host is registered: a host that is not must build its index before it reads the outbox. */
    public boolean isRegistered(String hostId) {
        return database.inTransaction(em -> em.find(IndexHost.class, hostId) != null);
    }

    /**
     * Records the host's report; false when the host is no longer registered (it was away longer than the expiry,
     * and rows it needs may be gone), and must rebuild.
     */
    public boolean report(String hostId, IndexHostReport report) {
        return database.inTransaction(em -> {
            IndexHost host = em.find(IndexHost.class, hostId);
            if (host == null) {
                return false;
            }
            host.reports(report, now());
            return true;
        });
    }

    /**
     * Unregisters hosts not seen for longer than {@code expiry}, then deletes the rows every registered host has
     * applied. Any host may run it at any time: what it deletes no registered host still needs.
     *
     * @return the rows deleted
     */
    public int trim(Duration expiry) {
        return database.inTransaction(em -> {
            em.createQuery("delete from IndexHost h where h.seenAt < :cutoff")
                    .setParameter("cutoff", now().minus(expiry))
                    .executeUpdate();
            Long passedByAll = em.createQuery("select min(h.position) from IndexHost h", Long.class).getSingleResult();
            if (passedByAll == null) {
                return 0;
            }
            return em.createQuery("delete from OutboxRow r where r.position <= :position")
                    .setParameter("position", passedByAll)
                    .executeUpdate();
        });
    }

    /** Every registered host's index, with how many committed changes each has still to apply. */
    public List<IndexHostStatus> hosts() {
        return database.inTransaction(em -> em.createQuery("select h from IndexHost h order by h.name", IndexHost.class)
                .getResultStream()
                .map(host -> host.status(pendingAfter(em, host.position())))
                .toList());
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
