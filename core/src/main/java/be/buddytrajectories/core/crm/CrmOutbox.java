package be.buddytrajectories.core.crm;

import be.buddytrajectories.core.contact.Contact;
import be.buddytrajectories.core.contact.ContactLogged;
import be.buddytrajectories.core.trajectory.DuoEnded;
import be.buddytrajectories.core.trajectory.DuoStarted;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.hostapi.CrmWriteBack;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes the CRM's part of a contact or a duo into the outbox, inside the transaction of the event, when the host
 * writes that kind back. A duo started before its host wrote relationships back gets no end either.
 */
@ApplicationScoped
public class CrmOutbox {

    private static final String TEXTS = "be.buddytrajectories.core.crm.CrmTexts";

    private final CrmWriteBack crm;
    private final Clock clock;

    @Inject
    CrmOutbox(CrmWriteBack crm, Clock clock) {
        this.crm = crm;
        this.clock = clock;
    }

    void contactLogged(@Observes ContactLogged event) {
        if (!crm.writes().contains(CrmWriteBack.Write.CONTACT_ACTIVITY)) {
            return;
        }
        Contact contact = event.contact();
        Trajectory duo = event.trajectory();
        event.transaction().persist(CrmWrite.contact(contact.id(), duo.id(), duo.buddyIds(), duo.newcomerId(),
                contact.metOn(), contact.minutes(), subject(contact, event.language()), now()));
    }

    void duoStarted(@Observes DuoStarted event) {
        if (!crm.writes().contains(CrmWriteBack.Write.BUDDY_RELATIONSHIP)) {
            return;
        }
        Trajectory duo = event.trajectory();
        LocalDate startedOn = duo.startedOn().orElseThrow();
        for (long buddy : duo.buddyIds()) {
            event.transaction().persist(CrmWrite.relationshipStart(duo.id(), buddy, duo.newcomerId(), startedOn, now()));
        }
    }

    void duoEnded(@Observes DuoEnded event) {
        if (!crm.writes().contains(CrmWriteBack.Write.BUDDY_RELATIONSHIP)) {
            return;
        }
        Trajectory duo = event.trajectory();
        LocalDate endedOn = duo.closedOn().orElse(LocalDate.now(clock));
        for (CrmWrite start : starts(event.transaction(), duo.id())) {
            event.transaction().persist(CrmWrite.relationshipEnd(start, endedOn, now()));
        }
    }

    /** The relationship starts written for a duo, one per buddy. */
    static List<CrmWrite> starts(EntityManager em, long trajectoryId) {
        return em.createQuery("""
                        select w from CrmWrite w
                        where w.trajectoryId = :t and w.kind = be.buddytrajectories.core.crm.CrmWriteKind.RELATIONSHIP_START
                        order by w.id""", CrmWrite.class)
                .setParameter("t", trajectoryId).getResultList();
    }

    /** "Buddy contact: walk, 90 min", in the language of whoever logged it; no notes, no places. */
    private static String subject(Contact contact, Locale language) {
        Locale locale = "en".equals(language.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        String pattern = ResourceBundle.getBundle(TEXTS, locale, CrmOutbox.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString("activity.subject");
        return pattern.replace("{activity}", contact.activityType().label(locale))
                .replace("{minutes}", Integer.toString(contact.minutes()));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
