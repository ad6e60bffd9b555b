package be.buddytrajectories.core.crm;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.rules.NotFoundException;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.hostapi.CrmWriteBack;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The admin's view of the write-back: what the host writes, the queue with the CRM's answers, retries. Admins only. */
@ApplicationScoped
public class CrmAdmin {

    private final BuddyDatabase database;
    private final AccessGuard access;
    private final CrmWriteBack crm;
    private final Clock clock;

    @Inject
    public CrmAdmin(BuddyDatabase database, AccessGuard access, CrmWriteBack crm, Clock clock) {
        this.database = database;
        this.access = access;
        this.crm = crm;
        this.clock = clock;
    }

    /** The writes the host has switched on; empty when it writes nothing back. */
    public Set<CrmWriteBack.Write> writes() {
        access.requireAny("crm.writes", Permission.ADMIN);
        return crm.writes();
    }

    /** How many writes are in each state. */
    public Map<CrmWriteState, Long> figures() {
        access.requireAny("crm.figures", Permission.ADMIN);
        return database.inTransaction(em -> {
            Map<CrmWriteState, Long> figures = new EnumMap<>(CrmWriteState.class);
            Arrays.stream(CrmWriteState.values()).forEach(s -> figures.put(s, 0L));
            em.createQuery("select w.state, count(w) from CrmWrite w group by w.state", Object[].class)
                    .getResultList().forEach(row -> figures.put((CrmWriteState) row[0], (Long) row[1]));
            return figures;
        });
    }

    /** The queue: writes that still need attention first (failed, being written, waiting), then the latest done. */
    public List<CrmWrite> queue(int limit) {
        access.requireAny("crm.queue", Permission.ADMIN);
        return database.inTransaction(em -> em.createQuery("""
                        select w from CrmWrite w order by
                          case w.state when be.buddytrajectories.core.crm.CrmWriteState.FAILED then 0
                                       when be.buddytrajectories.core.crm.CrmWriteState.WRITING then 1
                                       when be.buddytrajectories.core.crm.CrmWriteState.PENDING then 2 else 3 end,
                          w.createdAt desc, w.id desc""", CrmWrite.class).setMaxResults(limit).getResultList());
    }

    /** A failed or waiting write is tried at the next round, with a fresh count of attempts. */
    public void retry(long writeId) {
        access.requireAny("crm.retry", Permission.ADMIN);
        database.runInTransaction(em -> {
            CrmWrite write = em.find(CrmWrite.class, writeId);
            if (write == null) {
                throw new NotFoundException("CRM write", writeId);
            }
            if (write.state() != CrmWriteState.FAILED && write.state() != CrmWriteState.PENDING) {
                throw new RuleViolationException("buddy.crm.retry.notFailed");
            }
            write.retryNow(now());
        });
    }

    /** Every failed write is tried again; returns how many. */
    public int retryAllFailed() {
        access.requireAny("crm.retryAllFailed", Permission.ADMIN);
        return database.inTransaction(em -> {
            List<CrmWrite> failed = em.createQuery(
                    "select w from CrmWrite w where w.state = be.buddytrajectories.core.crm.CrmWriteState.FAILED",
                    CrmWrite.class).getResultList();
            failed.forEach(w -> w.retryNow(now()));
            return failed.size();
        });
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
