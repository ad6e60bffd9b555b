package be.buddytrajectories.core.handover;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.audit.AuditAction;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.rules.NotFoundException;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.rules.Versions;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.validation.InputValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Handing duos from one coordinator to another, and covers for an absent coordinator. Coordinators and admins
 * only; every change is audited, because it changes who follows up (and sees) which duos.
 */
@ApplicationScoped
public class HandoverService {

    private static final String OPEN = """
            t.coordinatorId = :coordinator
              and t.status <> be.buddytrajectories.core.trajectory.TrajectoryStatus.CLOSED""";

    private final BuddyDatabase database;
    private final AccessGuard access;
    private final InputValidator validator;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public HandoverService(BuddyDatabase database, AccessGuard access, InputValidator validator, AuditTrail audit,
                           Clock clock) {
        this.database = database;
        this.access = access;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The coordinators to choose from, as host person ids in ascending order. The host has no list of staff, so
     * these are the people who coordinate a duo or take part in a cover, and the signed-in user.
     */
    public List<Long> coordinators() {
        access.requireAny("handover.coordinators", Permission.COORDINATOR, Permission.ADMIN);
        Set<Long> ids = new TreeSet<>();
        database.inTransaction(em -> {
            ids.addAll(em.createQuery(
                    "select distinct t.coordinatorId from Trajectory t where t.coordinatorId is not null", Long.class)
                    .getResultList());
            em.createQuery("select c from Cover c", Cover.class).getResultList().forEach(c -> {
                ids.add(c.absentCoordinator());
                ids.add(c.coveringCoordinator());
            });
            return ids;
        });
        access.user().personId().ifPresent(ids::add);
        return List.copyOf(ids);
    }

    /** How many open duos (waiting, proposed, active, paused) this coordinator follows up. */
    public long openDuos(long coordinator) {
        access.requireAny("handover.openDuos", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> em.createQuery("select count(t) from Trajectory t where " + OPEN,
                Long.class).setParameter("coordinator", coordinator).getSingleResult());
    }

    /**
     * Moves every open duo of one coordinator to another in one transaction, with one audit entry per duo (about
     * its newcomer, as a single change of coordinator is): the newcomer's audit history then shows who followed
     * him up when, whichever way the coordinator changed.
     *
     * @return how many duos moved
     * @throws RuleViolationException when both are the same, or when the number of open duos is no longer the
     *                                number the user confirmed
     */
    public int moveAll(HandoverInput input) {
        access.requireAny("handover.moveAll", Permission.COORDINATOR, Permission.ADMIN);
        validator.check(input);
        if (input.fromCoordinator().equals(input.toCoordinator())) {
            throw new RuleViolationException("buddy.handover.same");
        }
        return database.inTransaction(em -> {
            // Locked, so that a duo opened or closed meanwhile makes the count differ instead of being half moved.
            List<Trajectory> open = em.createQuery("select t from Trajectory t where " + OPEN + " order by t.id",
                            Trajectory.class)
                    .setParameter("coordinator", input.fromCoordinator())
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
            if (open.size() != input.expectedCount()) {
                throw new RuleViolationException("buddy.handover.countChanged", open.size(), input.expectedCount());
            }
            for (Trajectory t : open) {
                t.assignCoordinator(input.toCoordinator());
                audit.record(em, AuditAction.ASSIGN_COORDINATOR, t.newcomerId(), "trajectory " + t.id()
                        + " from coordinator " + input.fromCoordinator() + " to coordinator " + input.toCoordinator()
                        + " (handover)");
            }
            em.flush();
            return open.size();
        });
    }

    /**
     * Arranges a cover. Covers of one absent coordinator never overlap (one colleague at a time answers for his
     * duos), and covers do not chain: who is away covers nobody, and who covers is not away himself then.
     */
    public Cover arrangeCover(CoverInput input) {
        access.requireAny("handover.arrangeCover", Permission.COORDINATOR, Permission.ADMIN);
        validator.check(input);
        LocalDate today = LocalDate.now(clock);
        Cover cover = Cover.arrange(input.absentCoordinator(), input.coveringCoordinator(), input.startsOn(),
                input.endsOn(), access.user().personId().orElse(null), today);
        return database.inTransaction(em -> {
            for (Cover other : overlapping(em, cover)) {
                if (other.absentCoordinator() == cover.absentCoordinator()) {
                    throw new RuleViolationException("buddy.cover.overlap", other.startsOn(), other.lastDay());
                }
                if (other.absentCoordinator() == cover.coveringCoordinator()
                        || other.coveringCoordinator() == cover.absentCoordinator()) {
                    throw new RuleViolationException("buddy.cover.chain", other.startsOn(), other.lastDay());
                }
            }
            em.persist(cover);
            audit.record(em, AuditAction.ARRANGE_COVER, cover.absentCoordinator(), "coordinator "
                    + cover.coveringCoordinator() + " covers from " + cover.startsOn() + " until " + cover.endsOn());
            em.flush();
            return cover;
        });
    }

    /** Ends a cover from today (or calls off one that has not begun). */
    public Cover endCover(long coverId, long expectedVersion) {
        access.requireAny("handover.endCover", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> {
            Cover cover = em.find(Cover.class, coverId);
            if (cover == null) {
                throw new NotFoundException("cover", coverId);
            }
            Versions.require(cover.version(), expectedVersion);
            cover.endEarly(LocalDate.now(clock));
            audit.record(em, AuditAction.END_COVER, cover.absentCoordinator(), "cover " + cover.id() + " by coordinator "
                    + cover.coveringCoordinator() + " ended, last day " + cover.lastDay());
            em.flush();
            return cover;
        });
    }

    /** Covers in force today or later, soonest first. */
    public List<Cover> covers() {
        access.requireAny("handover.covers", Permission.COORDINATOR, Permission.ADMIN);
        LocalDate today = LocalDate.now(clock);
        return database.inTransaction(em -> em.createQuery(
                        "select c from Cover c where c.endsOn >= :today order by c.startsOn, c.id", Cover.class)
                .setParameter("today", today).getResultList()).stream()
                .filter(c -> c.currentOrComingOn(today)).toList();
    }

    /** The covers in force today in which the signed-in coordinator is away or covers. */
    public List<Cover> myCovers() {
        access.requireAny("handover.myCovers", Permission.COORDINATOR, Permission.ADMIN);
        long me = access.personId("handover.myCovers");
        return database.inTransaction(em -> Covers.inForce(em, LocalDate.now(clock))).stream()
                .filter(c -> c.absentCoordinator() == me || c.coveringCoordinator() == me).toList();
    }

    private static List<Cover> overlapping(EntityManager em, Cover cover) {
        List<Long> people = List.of(cover.absentCoordinator(), cover.coveringCoordinator());
        return em.createQuery("""
                        select c from Cover c where c.startsOn <= :until and c.endsOn >= :from
                          and (c.absentCoordinator in :people or c.coveringCoordinator in :people)""", Cover.class)
                .setParameter("from", cover.startsOn()).setParameter("until", cover.endsOn())
                .setParameter("people", people).getResultList().stream()
                .filter(c -> c.overlaps(cover.startsOn(), cover.endsOn())).toList();
    }
}
