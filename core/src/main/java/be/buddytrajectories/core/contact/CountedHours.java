package be.buddytrajectories.core.contact;

import be.buddytrajectories.core.programme.ProgrammeSettings;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hours as the integration decree counts them, for every feature that shows or acts on a duo's hours (the duo
 * screen, alerts, caseload, the newcomer's page, mails, the proof, the period report), inside the caller's
 * transaction. Checks no permission: callers have checked theirs.
 */
public final class CountedHours {

    private CountedHours() {
    }

    /** The hours of one duo up to and including {@code upTo}. */
    public static HoursParts of(EntityManager em, long trajectoryId, LocalDate upTo) {
        return of(em, List.of(trajectoryId), upTo).get(trajectoryId);
    }

    /**
     * The hours of these duos up to and including {@code upTo}: meetings up to that day, group activities the
     * newcomer attended between the duo's start and its end, and other activities confirmed for the duo.
     */
    public static Map<Long, HoursParts> of(EntityManager em, Collection<Long> trajectoryIds, LocalDate upTo) {
        Map<Long, HoursParts> parts = new HashMap<>();
        if (trajectoryIds.isEmpty()) {
            return parts;
        }
        ProgrammeSettings settings = ProgrammeSettings.load(em);
        boolean groups = settings.groupActivitiesCount();
        boolean others = settings.otherActivitiesCount();
        Map<Long, Long> meetings = sums(em, """
                select c.trajectoryId, sum(c.minutes) from Contact c
                where c.trajectoryId in :ids and c.metOn <= :upTo group by c.trajectoryId""", trajectoryIds, upTo);
        Map<Long, Long> groupActivities = sums(em, """
                select t.id, sum(g.minutes) from Trajectory t, GroupActivity g join g.attendees a
                where t.id in :ids and a = t.newcomerId and t.startedOn is not null
                  and g.heldOn >= t.startedOn and g.heldOn <= :upTo
                  and (t.closedOn is null or g.heldOn <= t.closedOn)
                group by t.id""", trajectoryIds, upTo);
        Map<Long, Long> otherActivities = sums(em, """
                select o.trajectoryId, sum(o.minutes) from OtherActivity o
                where o.trajectoryId in :ids and o.doneOn <= :upTo group by o.trajectoryId""", trajectoryIds, upTo);
        trajectoryIds.forEach(id -> parts.put(id, new HoursParts(meetings.getOrDefault(id, 0L),
                groupActivities.getOrDefault(id, 0L), otherActivities.getOrDefault(id, 0L), groups, others)));
        return parts;
    }

    private static Map<Long, Long> sums(EntityManager em, String query, Collection<Long> ids, LocalDate upTo) {
        Map<Long, Long> sums = new HashMap<>();
        em.createQuery(query, Object[].class).setParameter("ids", ids).setParameter("upTo", upTo)
                .getResultStream().forEach(row -> sums.put((Long) row[0], ((Number) row[1]).longValue()));
        return sums;
    }
}
