package be.buddytrajectories.core.crm;

import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.hostapi.CrmWriteBack;
import be.buddytrajectories.hostapi.CrmWriteFailed;
import be.buddytrajectories.search.halt.HaltPoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the writes that are due to the CRM, one at a time and in the order they were written: claim (committed),
 * call the host's CRM, record the outcome. A claim whose outcome was never recorded (the host died) is due again once
 * its lease has run out; the CRM then finds the write by its key instead of storing it twice.
 */
@ApplicationScoped
public class CrmWriter {

    private static final Logger LOG = Logger.getLogger(CrmWriter.class.getName());
    /** How many writes are read and claimed at a time; a round goes on with the next batch while writes are due. */
    static final int BATCH = 50;
    static final String LEASE_SETTING = "buddy.crm.lease.seconds";

    private final BuddyDatabase database;
    private final CrmWriteBack crm;
    private final Clock clock;
    private final Duration lease;

    @Inject
    public CrmWriter(BuddyDatabase database, CrmWriteBack crm, Clock clock) {
        this.database = database;
        this.crm = crm;
        this.clock = clock;
        this.lease = Duration.ofSeconds(Long.getLong(LEASE_SETTING, 300));
    }

    /**
     * Sends what is due now, batch after batch, and returns how many writes the CRM stored. A round stops at the
     * first failure that is not about one write (CRM down, slow, key refused): the others would fail the same way.
     */
    public int writeDue() {
        int stored = 0;
        while (true) {
            List<Long> due = dueIds();
            Batch batch = write(due);
            stored += batch.stored();
            // A batch that stored nothing (all claimed elsewhere, or all refused) leaves the rest to the next round.
            if (batch.stopped() || due.size() < BATCH || batch.stored() == 0) {
                return stored;
            }
        }
    }

    /** How a batch went: how many writes the CRM stored, and whether a failure ended the round. */
    private record Batch(int stored, boolean stopped) {
    }

    private Batch write(List<Long> ids) {
        int stored = 0;
        for (long id : ids) {
            Optional<CrmWrite> claimed = claim(id);
            if (claimed.isEmpty()) {
                continue;
            }
            try {
                String crmId = send(claimed.get());
                HaltPoint.AFTER_CRM_WRITE_STORED.reached();
                record(id, w -> w.done(crmId, now()));
                stored++;
            } catch (CrmWriteFailed refused) {
                record(id, w -> w.attemptFailed(refused.getMessage(), refused.permanent(), now()));
                if (!refused.permanent()) {
                    return new Batch(stored, true);
                }
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "CRM write " + id + " failed", failed);
                record(id, w -> w.attemptFailed(failed.getClass().getSimpleName() + ": " + failed.getMessage(),
                        false, now()));
                return new Batch(stored, true);
            }
        }
        return new Batch(stored, false);
    }

    private String send(CrmWrite write) {
        return switch (write.kind()) {
            case CONTACT_ACTIVITY -> crm.recordContact(write.activity());
            case RELATIONSHIP_START -> crm.startRelationship(write.relationship(write.happenedOn()));
            case RELATIONSHIP_END -> {
                crm.endRelationship(write.relationship(startedOn(write)), write.happenedOn());
                yield null;
            }
        };
    }

    private LocalDate startedOn(CrmWrite end) {
        return database.inTransaction(em -> CrmOutbox.starts(em, end.trajectoryId()).stream()
                .filter(start -> start.buddyId() == end.buddyId()).findFirst()
                .map(CrmWrite::happenedOn).orElse(end.happenedOn()));
    }

    /**
     * Due writes in the order they were written. The relationship writes of one buddy and newcomer go strictly in
     * order: an end waits while its start is still to be stored, so that a start retried later never leaves an
     * active relationship behind, and the start of a second duo of the two waits for the end of the first, which
     * the CRM would otherwise see as a duplicate.
     */
    private List<Long> dueIds() {
        LocalDateTime now = now();
        return database.inTransaction(em -> em.createQuery("""
                        select w.id from CrmWrite w
                        where ((w.state = be.buddytrajectories.core.crm.CrmWriteState.PENDING and w.nextAttemptAt <= :now)
                            or (w.state = be.buddytrajectories.core.crm.CrmWriteState.WRITING and w.claimedAt < :expired))
                          and not exists (select s.id from CrmWrite s
                                where w.kind <> be.buddytrajectories.core.crm.CrmWriteKind.CONTACT_ACTIVITY
                                  and s.kind <> be.buddytrajectories.core.crm.CrmWriteKind.CONTACT_ACTIVITY
                                  and s.buddyId = w.buddyId and s.newcomerId = w.newcomerId and s.id < w.id
                                  and s.state in (be.buddytrajectories.core.crm.CrmWriteState.PENDING,
                                                  be.buddytrajectories.core.crm.CrmWriteState.WRITING))
                        order by w.id""", Long.class)
                .setParameter("now", now).setParameter("expired", now.minus(lease))
                .setMaxResults(BATCH).getResultList());
    }

    private Optional<CrmWrite> claim(long id) {
        try {
            return database.inTransaction(em -> {
                CrmWrite write = em.find(CrmWrite.class, id);
                if (write == null || !write.dueAt(now(), lease)) {
                    return Optional.empty();
                }
                write.claim(now());
                return Optional.of(write);
            });
        } catch (RuntimeException anotherHostClaimedIt) {
            return Optional.empty();
        }
    }

    private void record(long id, Consumer<CrmWrite> outcome) {
        database.runInTransaction(em -> {
            CrmWrite write = em.find(CrmWrite.class, id);
            // Gone when the person was erased while the CRM was being called.
            if (write != null) {
                outcome.accept(write);
            }
        });
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
