package be.buddytrajectories.core.alerts;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.handover.Covers;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.trajectory.Trajectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The alerts of the programme, or of one coordinator's duos (and those he covers). Coordinators and admins only. */
@ApplicationScoped
public class AlertService {

    private final BuddyDatabase database;
    private final AccessGuard access;
    private final Clock clock;

    @Inject
    public AlertService(BuddyDatabase database, AccessGuard access, Clock clock) {
        this.database = database;
        this.access = access;
        this.clock = clock;
    }

    /** Every alert of every running duo. */
    public List<Alert> all() {
        access.requireAny("alerts.all", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> AlertRules.evaluate(em, em.createQuery("""
                        select t from Trajectory t
                        where t.status in (be.buddytrajectories.core.trajectory.TrajectoryStatus.ACTIVE,
                                           be.buddytrajectories.core.trajectory.TrajectoryStatus.PAUSED)
                        order by t.id""", Trajectory.class).getResultList(), LocalDate.now(clock)));
    }

    /** The alerts of the duos this coordinator follows up. */
    public List<Alert> ofCoordinator(long coordinatorId) {
        access.requireAny("alerts.ofCoordinator", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> AlertRules.evaluate(em, running(em, List.of(coordinatorId)),
                LocalDate.now(clock)));
    }

    /** Buddies whose screening expires soon or has expired while they count on it. */
    public List<BuddyAlert> screenings() {
        access.requireAny("alerts.screenings", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> AlertRules.screenings(em, LocalDate.now(clock)));
    }

    /**
     * The alerts of the signed-in coordinator's duos and, while he covers for absent colleagues, of theirs; an
     * alert's {@link Alert#coordinatorId()} tells which are covered.
     */
    public List<Alert> mine() {
        access.requireAny("alerts.mine", Permission.COORDINATOR, Permission.ADMIN);
        long me = access.personId("alerts.mine");
        LocalDate today = LocalDate.now(clock);
        return database.inTransaction(em -> {
            List<Long> coordinators = new ArrayList<>(List.of(me));
            coordinators.addAll(Covers.coveredBy(em, me, today));
            return AlertRules.evaluate(em, running(em, coordinators), today);
        });
    }

    private static List<Trajectory> running(EntityManager em, List<Long> coordinators) {
        return em.createQuery("""
                        select t from Trajectory t where t.coordinatorId in :coordinators
                          and t.status in (be.buddytrajectories.core.trajectory.TrajectoryStatus.ACTIVE,
                                           be.buddytrajectories.core.trajectory.TrajectoryStatus.PAUSED)
                        order by t.id""", Trajectory.class).setParameter("coordinators", coordinators).getResultList();
    }
}
