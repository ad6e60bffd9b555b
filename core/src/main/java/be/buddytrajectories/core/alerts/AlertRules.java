package be.buddytrajectories.core.alerts;

import be.buddytrajectories.core.contact.CountedHours;
import be.buddytrajectories.core.contact.HoursParts;
import be.buddytrajectories.core.programme.ProgrammeSettings;
import be.buddytrajectories.core.pulse.Answer;
import be.buddytrajectories.core.pulse.ParticipantAnswer;
import be.buddytrajectories.core.pulse.ParticipantAnswers;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryStatus;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The alert rules over a set of running trajectories, in a few grouped queries instead of some per duo. Used by
 * the alert list and the caseload; checks no permission.
 */
public final class AlertRules {

    /** A screening about to expire is shown this many days ahead: time to ask for a new extract. */
    public static final int SCREENING_WARNING_DAYS = 30;

    private AlertRules() {
    }

    /**
     * Buddies who count on their screening (available, or in a proposed or running duo) and whose screening
     * expires within {@link #SCREENING_WARNING_DAYS} days of {@code today}, or has expired; soonest first.
     */
    public static List<BuddyAlert> screenings(EntityManager em, LocalDate today) {
        return em.createQuery("""
                        select p.volunteerId, p.screenedUntil from BuddyProfile p
                        where p.screenedUntil <= :horizon
                          and (p.status = be.buddytrajectories.search.profile.BuddyStatus.AVAILABLE
                               or p.volunteerId in (select b from Trajectory t join t.buddyIds b where t.status in (
                                   be.buddytrajectories.core.trajectory.TrajectoryStatus.PROPOSED,
                                   be.buddytrajectories.core.trajectory.TrajectoryStatus.ACTIVE,
                                   be.buddytrajectories.core.trajectory.TrajectoryStatus.PAUSED)))
                        order by p.screenedUntil, p.volunteerId""", Object[].class)
                .setParameter("horizon", today.plusDays(SCREENING_WARNING_DAYS)).getResultList().stream()
                .map(row -> {
                    LocalDate until = (LocalDate) row[1];
                    return new BuddyAlert((Long) row[0], until.isBefore(today) ? AlertKind.SCREENING_EXPIRED
                            : AlertKind.SCREENING_EXPIRING, until);
                }).toList();
    }

    /** The alerts of these trajectories on {@code today}, by trajectory then kind. */
    public static List<Alert> evaluate(EntityManager em, List<Trajectory> trajectories, LocalDate today) {
        if (trajectories.isEmpty()) {
            return List.of();
        }
        ProgrammeSettings settings = ProgrammeSettings.load(em);
        List<Long> ids = trajectories.stream().map(Trajectory::id).toList();
        Map<Long, LocalDate> lastContact = dates(em, """
                select c.trajectoryId, max(c.metOn) from Contact c
                where c.trajectoryId in :ids and c.metOn <= :today group by c.trajectoryId""", ids, today);
        Map<Long, LocalDate> overdueSince = dates(em, """
                select c.trajectoryId, min(c.dueOn) from CheckIn c
                where c.trajectoryId in :ids and c.doneOn is null and c.dueOn < :today group by c.trajectoryId""",
                ids, today);
        Map<Long, HoursParts> hours = CountedHours.of(em, ids, today);

        Map<Long, LocalDate> notGoodSince = notGoodSince(em, ids);

        List<Alert> alerts = new ArrayList<>();
        for (Trajectory t : trajectories) {
            if (t.status() != TrajectoryStatus.ACTIVE && t.status() != TrajectoryStatus.PAUSED) {
                continue;
            }
            Long coordinator = t.coordinatorId().orElse(null);
            if (overdueSince.containsKey(t.id())) {
                alerts.add(new Alert(t.id(), t.newcomerId(), coordinator, AlertKind.CHECK_IN_OVERDUE,
                        overdueSince.get(t.id())));
            }
            if (notGoodSince.containsKey(t.id())) {
                alerts.add(new Alert(t.id(), t.newcomerId(), coordinator, AlertKind.NOT_GOOD_ANSWER,
                        notGoodSince.get(t.id())));
            }
            if (t.status() == TrajectoryStatus.ACTIVE) {
                LocalDate quietSince = lastContact.getOrDefault(t.id(), t.startedOn().orElseThrow());
                long quietDays = ChronoUnit.DAYS.between(quietSince, today);
                if (quietDays >= settings.noContactAlertDays()) {
                    alerts.add(new Alert(t.id(), t.newcomerId(), coordinator, AlertKind.NO_CONTACT_ALERT, quietSince));
                } else if (quietDays >= settings.noContactWarningDays()) {
                    alerts.add(new Alert(t.id(), t.newcomerId(), coordinator, AlertKind.NO_CONTACT_WARNING, quietSince));
                }
            }
            LocalDate plannedEnd = t.plannedEnd().orElseThrow();
            if (!today.plusDays(settings.plannedEndWarningDays()).isBefore(plannedEnd)) {
                alerts.add(new Alert(t.id(), t.newcomerId(), coordinator, AlertKind.PLANNED_END_NEAR, plannedEnd));
            }
            int target = t.hoursTarget().orElse(0);
            if (target > 0 && hours.get(t.id()).countedMinutes() >= target * 60L) {
                alerts.add(new Alert(t.id(), t.newcomerId(), coordinator, AlertKind.HOURS_TARGET_REACHED,
                        lastContact.get(t.id())));
            }
        }
        return alerts;
    }

    /**
     * Per duo, the day of the earliest "not good" among the latest answers of each respondent to each question:
     * a later better answer to the same question clears it.
     */
    private static Map<Long, LocalDate> notGoodSince(EntityManager em, List<Long> ids) {
        Map<String, ParticipantAnswer> latest = new HashMap<>();
        ParticipantAnswers.of(em, ids).forEach(a -> latest.put(a.trajectoryId() + "/" + a.respondent() + "/"
                + a.question(), a));
        Map<Long, LocalDate> since = new HashMap<>();
        latest.values().stream().filter(a -> a.answer() == Answer.NOT_GOOD).forEach(a -> since.merge(a.trajectoryId(),
                a.answeredAt().toLocalDate(), (x, y) -> x.isBefore(y) ? x : y));
        return since;
    }

    private static Map<Long, LocalDate> dates(EntityManager em, String query, List<Long> ids, LocalDate today) {
        Map<Long, LocalDate> dates = new HashMap<>();
        em.createQuery(query, Object[].class).setParameter("ids", ids).setParameter("today", today).getResultList()
                .forEach(row -> dates.put((Long) row[0], (LocalDate) row[1]));
        return dates;
    }
}
