package be.buddytrajectories.core.privacy;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.audit.AuditAction;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.hostapi.PeopleDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

/** A person's rights: export (coordinators, admins) and erasure (admins), each audited. */
@ApplicationScoped
public class PrivacyService {

    private final BuddyDatabase database;
    private final AccessGuard access;
    private final PeopleDirectory people;
    private final AuditTrail audit;
    private final Clock clock;
    private final PersonalData personalData;

    @Inject
    public PrivacyService(BuddyDatabase database, AccessGuard access, PeopleDirectory people,
                          AuditTrail audit, Clock clock) {
        this.database = database;
        this.access = access;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
        this.personalData = new PersonalData(audit);
    }

    /** Everything the plugin holds about one host person, as UTF-8 JSON. */
    public byte[] export(long personId) {
        access.requireAny("privacy.export", Permission.ADMIN);
        return database.inTransaction(em -> {
            String json = Json.write(personalData.export(em, personId, LocalDate.now(clock)));
            audit.record(em, AuditAction.EXPORT_PERSON, personId, null);
            return json.getBytes(StandardCharsets.UTF_8);
        });
    }

    /**
     * Erases a person from the plugin (and from the index, through the outbox): started duos remain only as
     * anonymous statistics, and an audit entry records the erasure.
     *
     * @param alsoInHost also asks the host to anonymise the person
     */
    public void erase(long personId, boolean alsoInHost) {
        access.requireAny("privacy.erase", Permission.ADMIN);
        database.runInTransaction(em -> personalData.erase(em, personId, LocalDate.now(clock)));
        if (alsoInHost) {
            people.anonymise(personId);
        }
    }

    /** Runs the retention rule now, as the nightly job does. */
    public int anonymiseExpiredDuos() {
        access.requireAny("privacy.anonymiseExpired", Permission.ADMIN);
        return database.inTransaction(em -> personalData.anonymiseExpired(em, LocalDate.now(clock)));
    }
}
