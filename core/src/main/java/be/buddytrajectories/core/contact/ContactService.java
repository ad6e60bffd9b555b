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

    /** Hours so far toward the duo's target, as the programme counts them: only what happened up to today. */
    public HoursSummary hours(long trajectoryId) {
        LocalDate today = LocalDate.now(clock);
        return database.inTransaction(em -> {
            Trajectory t = trajectories.readable(em, trajectoryId, "contact.hours");
            long all = ContactFigures.allMinutes(em, trajectoryId);
            HoursParts counted = CountedHours.of(em, trajectoryId, today);
            return new HoursSummary(trajectoryId, counted, all - counted.meetingMinutes(), t.hoursTarget().orElse(0),
                    ContactFigures.lastContact(em, trajectoryId, today));
        });
    }

    /**
     * Records a participation activity of the duo's newcomer, confirmed by the coordinator who records it; it must
     * lie between the duo's start and today.
     */
    public OtherActivity recordOtherActivity(long trajectoryId, OtherActivityInput input) {
        access.requireAny("contact.recordOtherActivity", Permission.COORDINATOR, Permission.ADMIN);
        validator.check(input);
        return database.inTransaction(em -> {
            Trajectory t = trajectories.readable(em, trajectoryId, "contact.recordOtherActivity");
            LocalDate started = t.startedOn().orElseThrow(() -> new RuleViolationException("buddy.contact.duoNotRunning"));
            if (input.doneOn().isBefore(started)) {
                throw new RuleViolationException("buddy.contact.beforeStart", started);
            }
            LocalDate until = t.closedOn().orElse(LocalDate.now(clock));
            if (input.doneOn().isAfter(until)) {
                throw new RuleViolationException("buddy.otherActivity.afterDuo", until);
            }
            OtherActivity activity = new OtherActivity(t.id(), input, access.user().personId().orElse(null),
                    LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            em.persist(activity);
            return activity;
        });
    }

    /** The other participation activities confirmed for a duo, oldest first. */
    public List<OtherActivity> otherActivities(long trajectoryId) {
        access.requireAny("contact.otherActivities", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> em.createQuery("""
                        select o from OtherActivity o where o.trajectoryId = :t order by o.doneOn, o.id""",
                        OtherActivity.class)
                .setParameter("t", trajectoryId).getResultList());
    }

    /** Takes back a confirmation recorded by mistake. */
    public void removeOtherActivity(long activityId, long expectedVersion) {
        access.requireAny("contact.removeOtherActivity", Permission.COORDINATOR, Permission.ADMIN);
        database.runInTransaction(em -> {
            OtherActivity activity = em.find(OtherActivity.class, activityId);
            if (activity == null) {
                throw new NotFoundException("activity", activityId);
            }
            Versions.require(activity.version(), expectedVersion);
            em.remove(activity);
        });
    }
}
