package be.buddytrajectories.core.contact;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Contact figures other features need inside their own transaction (alerts, caseload, proof, statistics). Checks
 * no permission: callers have checked theirs.
 */
public final class ContactFigures {

    private ContactFigures() {
    }

    /** Minutes of every contact of a trajectory, planned ones included. */
    public static long allMinutes(EntityManager em, long trajectoryId) {
        Long minutes = em.createQuery("select sum(c.minutes) from Contact c where c.trajectoryId = :t", Long.class)
                .setParameter("t", trajectoryId).getSingleResult();
        return minutes == null ? 0 : minutes;
    }

    /** The latest contact up to {@code today}. */
    public static Optional<LocalDate> lastContact(EntityManager em, long trajectoryId, LocalDate today) {
        return Optional.ofNullable(em.createQuery(
                        "select max(c.metOn) from Contact c where c.trajectoryId = :t and c.metOn <= :today", LocalDate.class)
                .setParameter("t", trajectoryId).setParameter("today", today).getSingleResult());
    }

    /** The past contacts of a trajectory, oldest first. */
    public static List<Contact> past(EntityManager em, long trajectoryId, LocalDate today) {
        return em.createQuery("""
                        select c from Contact c where c.trajectoryId = :t and c.metOn <= :today
                        order by c.metOn, c.id""", Contact.class)
                .setParameter("t", trajectoryId).setParameter("today", today).getResultList();
    }
}
