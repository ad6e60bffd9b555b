package be.buddytrajectories.core.profile;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.audit.AuditAction;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.rules.NotFoundException;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.rules.Versions;
import be.buddytrajectories.core.validation.InputValidator;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.search.profile.BuddyStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Buddy intake and profile upkeep. Coordinators register and edit profiles; a buddy reads and edits his own and
 * sets his own status. The profile's entity listener reports every change to the index outbox in the same
 * transaction.
 */
@ApplicationScoped
public class BuddyProfileService {

    private final BuddyDatabase database;
    private final AccessGuard access;
    private final InputValidator validator;
    private final PeopleDirectory people;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public BuddyProfileService(BuddyDatabase database, AccessGuard access, InputValidator validator,
                               PeopleDirectory people, AuditTrail audit, Clock clock) {
        this.database = database;
        this.access = access;
        this.validator = validator;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** Buddy intake: a host volunteer becomes a buddy with this profile. */
    public BuddyProfile register(long volunteerId, BuddyProfileInput input) {
        access.requireAny("profile.register", Permission.COORDINATOR, Permission.ADMIN);
        validator.check(input);
        people.find(volunteerId).filter(p -> p.kind() == PersonKind.VOLUNTEER)
                .orElseThrow(() -> new RuleViolationException("buddy.profile.notAVolunteer", volunteerId));
        return database.inTransaction(em -> BuddyProfiles.register(em, volunteerId, input));
    }

    /** Replaces the profile's description; refused when someone changed it since {@code expectedVersion}. */
    public BuddyProfile update(long volunteerId, long expectedVersion, BuddyProfileInput input) {
        access.requireSelfOr("profile.update", volunteerId, Permission.COORDINATOR, Permission.ADMIN);
        validator.check(input);
        return change(volunteerId, expectedVersion, profile -> profile.describe(input));
    }

    /** The buddy's own availability (a coordinator may set it on his behalf). */
    public BuddyProfile changeStatus(long volunteerId, long expectedVersion, BuddyStatus status) {
        access.requireSelfOr("profile.status", volunteerId, Permission.COORDINATOR, Permission.ADMIN);
        return change(volunteerId, expectedVersion, profile -> profile.changeStatus(status));
    }

    /**
     * A coordinator records a screening the buddy passed (a criminal-record extract, an interview, a reference),
     * valid for the programme's months from its issue date; audited. Any edit made since the profile was read does
     * not matter: a screening adds to the history and changes no description.
     */
    public Screening recordScreening(long volunteerId, ScreeningInput input) {
        access.requireAny("profile.screening", Permission.COORDINATOR, Permission.ADMIN);
        validator.check(input);
        long recordedBy = access.personId("profile.screening");
        return database.inTransaction(em -> {
            Screening screening = BuddyProfiles.recordScreening(em, load(em, volunteerId), input, recordedBy,
                    LocalDate.now(clock));
            audit.record(em, AuditAction.RECORD_SCREENING, volunteerId,
                    screening.kind() + " " + screening.issuedOn() + ".." + screening.validUntil());
            em.flush();
            return screening;
        });
    }

    /** The buddy's screenings, newest first (the buddy may read his own). */
    public List<Screening> screenings(long volunteerId) {
        access.requireSelfOr("profile.screenings", volunteerId, Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> BuddyProfiles.screenings(em, volunteerId));
    }

    public Optional<BuddyProfile> find(long volunteerId) {
        access.requireSelfOr("profile.find", volunteerId, Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> Optional.ofNullable(em.find(BuddyProfile.class, volunteerId)));
    }

    /** Every buddy profile, by volunteer id. */
    public List<BuddyProfile> all() {
        access.requireAny("profile.all", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> em.createQuery(
                "select p from BuddyProfile p order by p.volunteerId", BuddyProfile.class).getResultList());
    }

    private BuddyProfile change(long volunteerId, long expectedVersion, java.util.function.Consumer<BuddyProfile> edit) {
        return database.inTransaction(em -> {
            BuddyProfile profile = load(em, volunteerId);
            Versions.require(profile.version(), expectedVersion);
            edit.accept(profile);
            em.flush();
            return profile;
        });
    }

    static BuddyProfile load(EntityManager em, long volunteerId) {
        BuddyProfile profile = em.find(BuddyProfile.class, volunteerId);
        if (profile == null) {
            throw new NotFoundException("buddy profile", volunteerId);
        }
        return profile;
    }
}
