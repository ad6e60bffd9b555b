package be.buddytrajectories.core.caseload;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.alerts.Alert;
import be.buddytrajectories.core.alerts.AlertRules;
import be.buddytrajectories.core.contact.CountedHours;
import be.buddytrajectories.core.contact.HoursParts;
import be.buddytrajectories.core.handover.Covers;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A coordinator's open trajectories with their figures, and the load per coordinator. */
@ApplicationScoped
public class CaseloadService {

    private final BuddyDatabase database;
    private final AccessGuard access;
    private final Clock clock;

    @Inject
    public CaseloadService(BuddyDatabase database, AccessGuard access, Clock clock) {
        this.database = database;
        this.access = access;
        this.clock = clock;
    }

    /** The open (not closed) trajectories of one coordinator: running ones first, by planned end. */
    public List<CaseloadEntry> of(long coordinatorId) {
        access.requireAny("caseload.of", Permission.COORDINATOR, Permission.ADMIN);
        LocalDate today = LocalDate.now(clock);
        return database.inTransaction(em -> entries(em, List.of(coordinatorId), coordinatorId, today));
    }

    /**
     * The signed-in coordinator's caseload and, while he covers for absent colleagues, their open trajectories,
     * marked with {@link CaseloadEntry#coveredFor()}.
     */
    public List<CaseloadEntry> mine() {
        access.requireAny("caseload.mine", Permission.COORDINATOR, Permission.ADMIN);
        long me = access.personId("caseload.mine");
        LocalDate today = LocalDate.now(clock);
        return database.inTransaction(em -> {
            List<Long> coordinators = new ArrayList<>(List.of(me));
            coordinators.addAll(Covers.coveredBy(em, me, today));
            return entries(em, coordinators, me, today);
        });
    }

    private static List<CaseloadEntry> entries(EntityManager em, List<Long> coordinators, long me,
                                               LocalDate today) {
        List<Trajectory> open = em.createQuery("""
                        select t from Trajectory t where t.coordinatorId in :coordinators
                          and t.status <> be.buddytrajectories.core.trajectory.TrajectoryStatus.CLOSED
                        order by t.plannedEnd nulls last, t.waitingSince, t.id""", Trajectory.class)
                .setParameter("coordinators", coordinators).getResultList();
        if (open.isEmpty()) {
            return List.of();
        }
        List<Long> ids = open.stream().map(Trajectory::id).toList();
        Map<Long, LocalDate> lastContact = new HashMap<>();
        em.createQuery("""
                        select c.trajectoryId, max(c.metOn) from Contact c
                        where c.trajectoryId in :ids and c.metOn <= :today group by c.trajectoryId""", Object[].class)
                .setParameter("ids", ids).setParameter("today", today).getResultList()
                .forEach(row -> lastContact.put((Long) row[0], (LocalDate) row[1]));
        Map<Long, HoursParts> hours = CountedHours.of(em, ids, today);
        Map<Long, LocalDate> nextCheckIn = new HashMap<>();
        em.createQuery("""
                        select c.trajectoryId, min(c.dueOn) from CheckIn c
                        where c.trajectoryId in :ids and c.doneOn is null group by c.trajectoryId""", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> nextCheckIn.put((Long) row[0], (LocalDate) row[1]));
        Map<Long, List<Alert>> alerts = new HashMap<>();
        AlertRules.evaluate(em, open, today)
                .forEach(a -> alerts.computeIfAbsent(a.trajectoryId(), id -> new ArrayList<>()).add(a));

        return open.stream().map(t -> new CaseloadEntry(t.id(), t.version(), t.newcomerId(), t.buddyIds(), t.status(),
                t.waitingSince(), t.startedOn().orElse(null), t.plannedEnd().orElse(null),
                hours.get(t.id()).countedHours(), t.hoursTarget().orElse(0), lastContact.get(t.id()),
                nextCheckIn.get(t.id()), alerts.getOrDefault(t.id(), List.of()).stream().map(Alert::kind).toList(),
                t.coordinatorId().filter(c -> c != me).orElse(null))).toList();
    }

    /** Open trajectories per coordinator, most loaded first. */
    public List<CoordinatorLoad> perCoordinator() {
        access.requireAny("caseload.perCoordinator", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> {
            Map<Long, long[]> counts = new LinkedHashMap<>();
            em.createQuery("""
                            select t.coordinatorId, t.status, count(t) from Trajectory t
                            where t.status <> be.buddytrajectories.core.trajectory.TrajectoryStatus.CLOSED
                            group by t.coordinatorId, t.status""", Object[].class)
                    .getResultList()
                    .forEach(row -> counts.computeIfAbsent((Long) row[0], c -> new long[4])
                            [((TrajectoryStatus) row[1]).ordinal()] += (Long) row[2]);
            return counts.entrySet().stream()
                    .map(e -> new CoordinatorLoad(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                            e.getValue()[3]))
                    .sorted((a, b) -> Long.compare(b.total(), a.total()))
                    .toList();
        });
    }
}
