package be.buddytrajectories.core.spreadsheet;

import be.buddytrajectories.core.audit.AuditAction;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.trajectory.DuoStarted;
import be.buddytrajectories.hostapi.PeopleDirectory;
import jakarta.enterprise.event.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A checked file, ready to be written once: every row in one transaction of the plugin. Host people must be
 * registered before the rows that refer to them, so they are registered row by row inside that transaction; when
 * it fails they are anonymised again (the only undo a host offers), so a failure leaves no partial data behind.
 */
public final class ImportPlan {

    /** Rows written between two flushes, so that a large file does not keep every entity in memory. */
    static final int FLUSH_EVERY = 250;
    private static final Logger LOG = LoggerFactory.getLogger(ImportPlan.class);

    private final SpreadsheetKind kind;
    private final List<PlannedRow> rows;
    private final BuddyDatabase database;
    private final PeopleDirectory people;
    private final Event<DuoStarted> duoStarted;
    private final Long coordinatorId;
    private final AuditTrail audit;
    private final Map<Field, String> stated;
    private final AtomicBoolean ran = new AtomicBoolean();

    ImportPlan(SpreadsheetKind kind, List<PlannedRow> rows, Map<Field, String> stated, BuddyDatabase database,
               PeopleDirectory people, Event<DuoStarted> duoStarted, AuditTrail audit,
               Long coordinatorId) {
        this.kind = kind;
        this.stated = Map.copyOf(stated);
        this.rows = List.copyOf(rows);
        this.database = database;
        this.people = people;
        this.duoStarted = duoStarted;
        this.coordinatorId = coordinatorId;
        this.audit = audit;
    }

    public int rows() {
        return rows.size();
    }

    /**
     * Writes every row, telling {@code progress} after each.
     *
     * @return the number of rows imported
     * @throws IllegalStateException when this plan already ran
     */
    public int run(ImportProgress progress) {
        if (!ran.compareAndSet(false, true)) {
            throw new IllegalStateException("an import plan runs once");
        }
        List<Long> registered = new ArrayList<>();
        try {
            database.runInTransaction(em -> {
                Writing writing = new Writing(em, people, duoStarted, coordinatorId, registered);
                for (int i = 0; i < rows.size(); i++) {
                    rows.get(i).write(writing);
                    if ((i + 1) % FLUSH_EVERY == 0) {
                        em.flush();
                        em.clear();
                    }
                    progress.rowsDone(i + 1, rows.size());
                }
                audit.record(em, AuditAction.IMPORT_SPREADSHEET, null, "spreadsheet import of " + kind + ": "
                        + rows.size() + " rows, " + registered.size() + " new host people" + statedForFile());
            });
        } catch (RuntimeException failure) {
            takeBack(registered, failure);
            throw failure;
        }
        LOG.info("spreadsheet import of {}: {} rows, {} new host people", kind, rows.size(), registered.size());
        return rows.size();
    }

    /** What the coordinator stated for every row, e.g. the consent of people whose sheet has no consent columns. */
    private String statedForFile() {
        return stated.isEmpty() ? "" : "; stated by the coordinator for every row: " + stated.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().header(Locale.ENGLISH) + " = " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private void takeBack(List<Long> registered, RuntimeException failure) {
        for (long id : registered) {
            try {
                people.anonymise(id);
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
                LOG.error("could not take back host person {} of a failed import", id, e);
            }
        }
    }
}
