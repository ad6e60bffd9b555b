package be.buddytrajectories.core.contact;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The newcomer's side of "we met": the meetings his buddy logged that he has not confirmed yet, and his
 * confirmation. Checks no permission: the caller has checked the newcomer's personal link.
 */
public final class NewcomerConfirmations {

    private NewcomerConfirmations() {
    }

    /** Past meetings the buddy logged and the newcomer has not confirmed, newest first. */
    public static List<Contact> awaiting(EntityManager em, long trajectoryId, LocalDate today) {
        return em.createQuery("""
                        select c from Contact c where c.trajectoryId = :t and c.metOn <= :today
                          and c.loggedBy = be.buddytrajectories.core.contact.LoggedBy.BUDDY
                          and c.confirmedByNewcomerAt is null
                        order by c.metOn desc, c.id desc""", Contact.class)
                .setParameter("t", trajectoryId).setParameter("today", today).getResultList();
    }

    /**
     * Confirms one meeting of this duo.
     *
     * @return false when the contact is not one of this duo's past meetings
     */
    public static boolean confirm(EntityManager em, long trajectoryId, long contactId, LocalDate today,
                                  LocalDateTime at) {
        Contact contact = em.find(Contact.class, contactId);
        if (contact == null || contact.trajectoryId() != trajectoryId || contact.metOn().isAfter(today)) {
            return false;
        }
        contact.confirmByNewcomer(at);
        return true;
    }
}
