package be.buddytrajectories.core.privacy;

import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The automatic anonymisation of duos closed longer ago than the programme's retention period. It runs without a
 * user (no permission to check: nobody asks for it, the retention rule does), so it is never offered to a view.
 */
@ApplicationScoped
public class RetentionJob {

    private final BuddyDatabase database;
    private final Clock clock;
    private final PersonalData personalData;

    @Inject
    public RetentionJob(BuddyDatabase database, AuditTrail audit, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.personalData = new PersonalData(audit);
    }

    /** @return the number of duos anonymised */
    public int runOnce() {
        return database.inTransaction(em -> personalData.anonymiseExpired(em, LocalDate.now(clock)));
    }
}
