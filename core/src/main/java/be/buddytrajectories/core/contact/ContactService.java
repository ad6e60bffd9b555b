package be.buddytrajectories.core.contact;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.rules.NotFoundException;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.rules.Versions;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryAccess;
import be.buddytrajectories.core.trajectory.TrajectoryStatus;
import be.buddytrajectories.core.validation.InputValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Logging and reading contacts. A buddy logs for his own duos (unverified until a coordinator verifies); a
 * coordinator logs for any duo, for himself (verified) or on the newcomer's behalf.
 */
@ApplicationScoped
public class ContactService {

    private final BuddyDatabase database;
    private final AccessGuard access;
    private final TrajectoryAccess trajectories;
    private final InputValidator validator;
    private final Clock clock;
    private final Event<ContactLogged> logged;

    @Inject
    public ContactService(BuddyDatabase database, AccessGuard access, TrajectoryAccess trajectories,
                          InputValidator validator, Clock clock, Event<ContactLogged> logged) {
        this.database = database;
        this.access = access;
        this.trajectories = trajectories;
        this.validator = validator;
        this.clock = clock;
        this.logged = logged;
    }

    /** Logs one meeting of a running duo. */
    public ContactView log(ContactInput input) {
        validator.check(input);
        return database.inTransaction(em -> {
            Trajectory t = trajectories.readable(em, input.trajectoryId(), "contact.log");
            if (t.status() != TrajectoryStatus.ACTIVE && t.status() != TrajectoryStatus.PAUSED) {
                throw new RuleViolationException("buddy.contact.duoNotRunning");
            }
            if (input.metOn().isBefore(t.startedOn().orElseThrow())) {
                throw new RuleViolationException("buddy.contact.beforeStart", t.startedOn().orElseThrow());
            }
            boolean staff = trajectories.isStaff();
            if (!staff && input.coordinatorNote() != null && !input.coordinatorNote().isBlank()) {
                throw new RuleViolationException("buddy.contact.noteForCoordinatorsOnly");
            }
            LoggedBy by = !staff ? LoggedBy.BUDDY
                    : input.onBehalfOf() == LoggedBy.NEWCOMER ? LoggedBy.NEWCOMER : LoggedBy.COORDINATOR;
            Contact contact = new Contact(t.id(), input, by, access.user().personId().orElse(null),
                    LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), by == LoggedBy.COORDINATOR);
            em.persist(contact);
            em.flush();
            logged.fire(new ContactLogged(em, contact, t, access.user().locale()));
            return ContactView.of(contact, staff);
        });
    }

    /** A coordinator confirms a contact the buddy or newcomer reported. */
    public ContactView verify(long contactId, long expectedVersion) {
        access.requireAny("contact.verify", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> {
            Contact contact = em.find(Contact.class, contactId);
            if (contact == null) {
                throw new NotFoundException("contact", contactId);
            }
            Versions.require(contact.version(), expectedVersion);
            contact.verify();
            em.flush();
            return ContactView.of(contact, true);
        });
    }

    /** The contacts of a duo, newest first; the coordinator's notes only for coordinators. */
    public List<ContactView> of(long trajectoryId) {
        return database.inTransaction(em -> {
            trajectories.readable(em, trajectoryId, "contact.of");
            boolean staff = trajectories.isStaff();
            return em.createQuery(
                            "select c from Contact c where c.trajectoryId = :t order by c.metOn desc, c.id desc", Contact.class)
                    .setParameter("t", trajectoryId).getResultStream().map(c -> ContactView.of(c, staff)).toList();
        });
    }

    /** Hours so far toward the duo's target: only contacts up to today count. */
    public HoursSummary hours(long trajectoryId) {
        LocalDate today = LocalDate.now(clock);
        return database.inTransaction(em -> {
            Trajectory t = trajectories.readable(em, trajectoryId, "contact.hours");
            long all = ContactFigures.allMinutes(em, trajectoryId);
            long past = ContactFigures.pastMinutes(em, trajectoryId, today);
            return new HoursSummary(trajectoryId, past, all - past, t.hoursTarget().orElse(0),
                    ContactFigures.lastContact(em, trajectoryId, today));
        });
    }
}
