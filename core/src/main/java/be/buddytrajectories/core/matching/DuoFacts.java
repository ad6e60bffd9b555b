package be.buddytrajectories.core.matching;

import be.buddytrajectories.core.matchproposal.Decision;
import be.buddytrajectories.core.trajectory.TrajectoryStatus;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the duos say about a set of buddies, in three queries whatever their number: how many duos take up each
 * one's capacity, and which newcomers each one is or was paired with, or was declined for.
 */
record DuoFacts(Map<Long, Integer> activeDuos, Map<Long, Set<Long>> rejected, Map<Long, Set<Long>> paired) {

    private static final List<TrajectoryStatus> TAKING_CAPACITY =
            Arrays.stream(TrajectoryStatus.values()).filter(TrajectoryStatus::occupiesBuddy).toList();

    static DuoFacts of(EntityManager em, List<Long> volunteerIds) {
        Map<Long, Integer> active = new HashMap<>();
        em.createQuery("select b, count(t) from Trajectory t join t.buddyIds b"
                        + " where b in :ids and t.status in :taking group by b", Object[].class)
                .setParameter("ids", volunteerIds).setParameter("taking", TAKING_CAPACITY)
                .getResultList()
                .forEach(row -> active.put((Long) row[0], ((Number) row[1]).intValue()));
        Map<Long, Set<Long>> paired = new HashMap<>();
        em.createQuery("select distinct b, t.newcomerId from Trajectory t join t.buddyIds b where b in :ids",
                        Object[].class)
                .setParameter("ids", volunteerIds)
                .getResultList()
                .forEach(row -> paired.computeIfAbsent((Long) row[0], k -> new TreeSet<>()).add((Long) row[1]));
        Map<Long, Set<Long>> rejected = new HashMap<>();
        em.createQuery("select distinct p.volunteerId, p.newcomerId from MatchProposal p"
                        + " where p.volunteerId in :ids and p.decision = :rejected", Object[].class)
                .setParameter("ids", volunteerIds).setParameter("rejected", Decision.REJECTED)
                .getResultList()
                .forEach(row -> rejected.computeIfAbsent((Long) row[0], k -> new TreeSet<>()).add((Long) row[1]));
        return new DuoFacts(active, rejected, paired);
    }
}
