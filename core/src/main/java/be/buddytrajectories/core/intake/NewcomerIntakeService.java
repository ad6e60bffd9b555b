package be.buddytrajectories.core.intake;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.audit.AuditAction;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.rules.NotFoundException;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.rules.Versions;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryAccess;
import be.buddytrajectories.core.validation.InputValidator;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.search.profile.NewcomerProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Newcomer intake: registering a newcomer puts him on the waiting list in the same transaction, so nobody is ever
 * registered without a place in line. Reading an intake is audited.
 */
@ApplicationScoped
public class NewcomerIntakeService {

    private final BuddyDatabase database;
    private final AccessGuard access;
    private final TrajectoryAccess trajectories;
    private final InputValidator validator;
    private final PeopleDirectory people;
    private final AuditTrail audit;
    private final Event<NewcomerWaiting> waiting;
    private final Clock clock;

    @Inject
    public NewcomerIntakeService(BuddyDatabase database, AccessGuard access, TrajectoryAccess trajectories,
                                 InputValidator validator, PeopleDirectory people, AuditTrail audit,
                                 Event<NewcomerWaiting> waiting, Clock clock) {
        this.database = database;
        this.waiting = waiting;
        this.access = access;
        this.trajectories = trajectories;
        this.validator = validator;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Registers the intake of a host newcomer and his place on the waiting list from today, followed up by the
     * coordinator who registers him.
     *
     * @return the newcomer's waiting trajectory
     */
    public Trajectory register(long newcomerId, NewcomerIntakeInput input) {
        access.requireAny("intake.register", Permission.COORDINATOR, Permission.ADMIN);
        validator.check(input);
        people.find(newcomerId).filter(p -> p.kind() == PersonKind.NEWCOMER)
                .orElseThrow(() -> new RuleViolationException("buddy.intake.notANewcomer", newcomerId));
        LocalDate today = LocalDate.now(clock);
        Long coordinatorId = access.user().personId().orElse(null);
        return database.inTransaction(em -> {
            Trajectory placed = NewcomerIntakes.register(em, newcomerId, today, input, coordinatorId);
            waiting.fire(new NewcomerWaiting(em, placed));
            return placed;
        });
    }

    public NewcomerIntake update(long newcomerId, long expectedVersion, NewcomerIntakeInput input) {
        access.requireAny("intake.update", Permission.COORDINATOR, Permission.ADMIN);
        validator.check(input);
        return database.inTransaction(em -> {
            NewcomerIntake intake = load(em, newcomerId);
            Versions.require(intake.version(), expectedVersion);
            intake.describe(input);
            em.flush();
            return intake;
        });
    }

    /** The whole intake, for coordinators; the read is audited. */
    public Optional<NewcomerIntake> find(long newcomerId) {
        access.requireAny("intake.find", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> {
            NewcomerIntake intake = em.find(NewcomerIntake.class, newcomerId);
            if (intake != null) {
                audit.record(em, AuditAction.READ_INTAKE, newcomerId, null);
            }
            return Optional.ofNullable(intake);
        });
    }

    /** The essentials of the newcomer of a duo, for its buddy (or a coordinator). */
    public PartnerEssentials partnerOf(long trajectoryId) {
        NewcomerIntake intake = database.inTransaction(em -> {
            Trajectory t = trajectories.readable(em, trajectoryId, "intake.partnerOf");
            return load(em, t.newcomerId());
        });
        String firstName = people.find(intake.newcomerId()).map(Person::firstName).orElse("");
        return new PartnerEssentials(intake.newcomerId(), firstName, intake.contactLanguages(), intake.dutchLevel(),
                intake.availabilityCodes(), intake.location().municipality());
    }

    /** The newcomer as the matcher sees him: intake plus name, birth year and gender from the host. */
    public NewcomerProfile matchProfile(long newcomerId) {
        access.requireAny("intake.matchProfile", Permission.COORDINATOR, Permission.ADMIN);
        NewcomerIntake intake = database.inTransaction(em -> load(em, newcomerId));
        Person person = people.find(newcomerId).orElseThrow(() -> new NotFoundException("newcomer", newcomerId));
        return new NewcomerProfile(Long.toString(newcomerId), person.displayName(),
                person.birthYear() == null ? 0 : person.birthYear(), person.gender(),
                intake.contactLanguages(), intake.dutchLevel(), intake.interests().stream().sorted().toList(),
                intake.about().orElse(""), intake.profession().orElse(""), intake.goals(),
                intake.location().postcode(), intake.location().municipality(), intake.location().latitude(),
                intake.location().longitude(), intake.availabilityCodes(), intake.hasChildren(), intake.pntObliged(),
                intake.buddyGenderPreference().orElse(null));
    }

    static NewcomerIntake load(EntityManager em, long newcomerId) {
        NewcomerIntake intake = em.find(NewcomerIntake.class, newcomerId);
        if (intake == null) {
            throw new NotFoundException("newcomer intake", newcomerId);
        }
        return intake;
    }
}
