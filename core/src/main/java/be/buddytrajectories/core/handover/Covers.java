package be.buddytrajectories.core.handover;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;

/** Which covers are in force on a day: read by alerts and caseload inside their own transaction; checks no role. */
public final class Covers {

    private Covers() {
    }

    /** The coordinators whom {@code coordinator} covers for on {@code day}, in no particular order. */
    public static List<Long> coveredBy(EntityManager em, long coordinator, LocalDate day) {
        return inForce(em, day).stream().filter(c -> c.coveringCoordinator() == coordinator)
                .map(Cover::absentCoordinator).distinct().toList();
    }

    /** The covers in force on {@code day}. */
    static List<Cover> inForce(EntityManager em, LocalDate day) {
        return em.createQuery("""
                        select c from Cover c where c.startsOn <= :day and c.endsOn >= :day
                          and (c.endedEarlyOn is null or c.endedEarlyOn > :day) order by c.startsOn, c.id""",
                        Cover.class)
                .setParameter("day", day).getResultList();
    }
}
