package be.buddytrajectories.core.trajectory;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.audit.AuditAction;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.programme.ProgrammeSettings;
import be.buddytrajectories.core.rules.NotFoundException;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.rules.Versions;
import be.buddytrajectories.core.validation.InputValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The lifecycle of trajectories after the match: start, pause, resume, close, fit check and rematch, agreement and
 * coordinator; and the waiting list in the order of DESIGN §6. Proposals and their decisions are in
 * {@code matchproposal}.
 */
@ApplicationScoped
public class TrajectoryService {

    private final BuddyDatabase database;
    private final AccessGuard access;
    private final TrajectoryAccess trajectories;
    private final InputValidator validator;
    private final AuditTrail audit;
    private final Clock clock;
    private final Event<DuoStarted> started;
    private final Event<DuoEnded> ended;

    @Inject
    public TrajectoryService(BuddyDatabase database, AccessGuard access, TrajectoryAccess trajectories,
                             InputValidator validator, AuditTrail audit, Clock clock,
                             Event<DuoStarted> started, Event<DuoEnded> ended) {
        this.database = database;
        this.access = access;
        this.trajectories = trajectories;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
        this.started = started;
        this.ended = ended;
    }

    /**
     * Waiting newcomers, first to match first: back after a mismatch, then PNT-obliged, then longest waiting, then
     * (on the same date) those whose earlier duo ended early.
     */
    public List<WaitingEntry> waitingList() {
        access.requireAny("trajectory.waitingList", Permission.COORDINATOR, Permission.ADMIN);
        LocalDate today = LocalDate.now(clock);
        return database.inTransaction(em -> {
            List<Object[]> rows = em.createQuery("""
                            select t, i.pntObliged from Trajectory t, NewcomerIntake i
                            where i.newcomerId = t.newcomerId
                              and t.status = be.buddytrajectories.core.trajectory.TrajectoryStatus.WAITING
                            order by t.rematchPriority desc, i.pntObliged desc, t.waitingSince asc,
                                     t.earlierDuoEndedEarly desc, t.id asc""", Object[].class)
                    .getResultList();
            List<WaitingEntry> list = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                Trajectory t = (Trajectory) row[0];
                list.add(new WaitingEntry(list.size() + 1, t.id(), t.version(), t.newcomerId(), t.waitingSince(),
                        ChronoUnit.DAYS.between(t.waitingSince(), today), (Boolean) row[1], t.rematchPriority(),
                        t.earlierDuoEndedEarly(), t.coordinatorId().orElse(null)));
            }
            return list;
        });
    }

    /** One trajectory: for coordinators any, for a buddy only his own. */
    public Trajectory find(long trajectoryId) {
        return database.inTransaction(em -> trajectories.readable(em, trajectoryId, "trajectory.find"));
    }

    /** The duos the signed-in buddy is (or was) in, newest first. */
    public List<Trajectory> myDuos() {
        access.requireAny("trajectory.myDuos", Permission.BUDDY);
        long me = access.personId("trajectory.myDuos");
        return database.inTransaction(em -> em.createQuery(
                        "select t from Trajectory t join t.buddyIds b where b = :me order by t.id desc", Trajectory.class)
                .setParameter("me", me).getResultList());
    }

    /** Every trajectory of one newcomer, newest first. */
    public List<Trajectory> ofNewcomer(long newcomerId) {
        access.requireAny("trajectory.ofNewcomer", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> em.createQuery(
                        "select t from Trajectory t where t.newcomerId = :newcomer order by t.id desc", Trajectory.class)
                .setParameter("newcomer", newcomerId).getResultList());
    }

    /**
     * Starts an accepted duo after its first meeting; planned end and hours target default to the programme's
     * settings, and the check-ins are scheduled from them.
     */
    public Trajectory start(long trajectoryId, long expectedVersion, StartInput input) {
        return change(trajectoryId, expectedVersion, "trajectory.start", (em, t) -> {
            validator.check(input);
            ProgrammeSettings settings = ProgrammeSettings.load(em);
            LocalDate plannedEnd = input.plannedEnd() != null ? input.plannedEnd()
                    : input.startOn().plusMonths(settings.plannedDurationMonths());
            int hours = input.hoursTarget() != null ? input.hoursTarget() : settings.hoursTarget();
            t.start(input.startOn(), plannedEnd, hours, input.agreement());
            em.flush();
            started.fire(new DuoStarted(em, t));
        });
    }

    public Trajectory pause(long trajectoryId, long expectedVersion, String reason) {
        return change(trajectoryId, expectedVersion, "trajectory.pause", (em, t) -> t.pause(reason, today()));
    }

    public Trajectory resume(long trajectoryId, long expectedVersion) {
        return change(trajectoryId, expectedVersion, "trajectory.resume", (em, t) -> t.resume());
    }

    /** Closes an active or paused duo; its buddies' capacity is free again. */
    public Trajectory close(long trajectoryId, long expectedVersion, EndReason reason, String note) {
        return close(trajectoryId, expectedVersion, reason, note, false);
    }

    /**
     * Closes an active or paused duo and, when asked, puts its newcomer back on the waiting list in the same
     * transaction: a failure (or a host killed) between the two never leaves him closed but off the list.
     *
     * @return the closed duo
     */
    public Trajectory close(long trajectoryId, long expectedVersion, EndReason reason, String note,
                            boolean backOnWaitingList) {
        return change(trajectoryId, expectedVersion, "trajectory.close", (em, t) -> {
            t.close(reason, note, today());
            ended(em, t);
            if (backOnWaitingList) {
                em.flush();
                requeue(em, t.newcomerId());
            }
        });
    }

    /** Takes a waiting (or proposed) newcomer off the list, e.g. after a move. */
    public Trajectory withdraw(long trajectoryId, long expectedVersion, EndReason reason, String note) {
        return change(trajectoryId, expectedVersion, "trajectory.withdraw", (em, t) -> {
            t.withdraw(reason, note, today());
            ended(em, t);
        });
    }

    public Trajectory recordFitCheck(long trajectoryId, long expectedVersion, FitCheck fit) {
        return change(trajectoryId, expectedVersion, "trajectory.fitCheck",
                (em, t) -> t.recordFitCheck(fit, today()));
    }

    /**
     * After "not a good fit": closes the duo as a mismatch and puts the newcomer back on the waiting list, first in
     * line and with his original waiting date.
     *
     * @return the newcomer's new place on the waiting list
     */
    public Trajectory rematch(long trajectoryId, long expectedVersion, String note) {
        access.requireAny("trajectory.rematch", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> {
            Trajectory t = trajectories.editable(em, trajectoryId, expectedVersion, "trajectory.rematch");
            Trajectory next = t.closeForRematch(note, today());
            ended(em, t);
            em.persist(next);
            em.flush();
            return next;
        });
    }

    public Trajectory changeAgreement(long trajectoryId, long expectedVersion, Agreement agreement) {
        // The agreement is the duo's own: its buddy may edit it as well as the coordinators.
        return database.inTransaction(em -> {
            Trajectory t = trajectories.readable(em, trajectoryId, "trajectory.agreement");
            Versions.require(t.version(), expectedVersion);
            validator.check(agreement);
            t.changeAgreement(agreement);
            em.flush();
            return t;
        });
    }

    /** Hands a trajectory to another coordinator (host person id). */
    public Trajectory assignCoordinator(long trajectoryId, long expectedVersion, long coordinatorId) {
        return change(trajectoryId, expectedVersion, "trajectory.assign", (em, t) -> {
            t.assignCoordinator(coordinatorId);
            audit.record(em, AuditAction.ASSIGN_COORDINATOR, t.newcomerId(),
                    "trajectory " + t.id() + " to coordinator " + coordinatorId);
        });
    }

    /**
     * Puts a newcomer whose trajectories are all closed back on the waiting list (waiting from today), noting
     * whether his last duo ended early.
     */
    public Trajectory requeue(long newcomerId) {
        access.requireAny("trajectory.requeue", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> requeue(em, newcomerId));
    }

    private Trajectory requeue(EntityManager em, long newcomerId) {
        List<Trajectory> earlier = em.createQuery(
                        "select t from Trajectory t where t.newcomerId = :newcomer order by t.id desc", Trajectory.class)
                .setParameter("newcomer", newcomerId).getResultList();
        if (earlier.isEmpty()) {
            throw new NotFoundException("trajectory of newcomer", newcomerId);
        }
        if (earlier.stream().anyMatch(t -> t.status() != TrajectoryStatus.CLOSED)) {
            throw new RuleViolationException("buddy.trajectory.alreadyOpen", newcomerId);
        }
        Trajectory next = Trajectory.waitingList(newcomerId, today(),
                access.user().personId().orElse(earlier.get(0).coordinatorId().orElse(null)),
                earlier.get(0).endedEarly());
        em.persist(next);
        return next;
    }

    private Trajectory change(long trajectoryId, long expectedVersion, String operation,
                              BiConsumer<EntityManager, Trajectory> edit) {
        access.requireAny(operation, Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> {
            Trajectory t = trajectories.editable(em, trajectoryId, expectedVersion, operation);
            edit.accept(em, t);
            em.flush();
            return t;
        });
    }

    private void ended(EntityManager em, Trajectory t) {
        ended.fire(new DuoEnded(em, t));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
