package be.buddytrajectories.core.privacy;

import be.buddytrajectories.core.activity.GroupActivity;
import be.buddytrajectories.core.audit.AuditAction;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.checkin.CheckIn;
import be.buddytrajectories.core.contact.Contact;
import be.buddytrajectories.core.contact.OtherActivity;
import be.buddytrajectories.core.intake.NewcomerIntake;
import be.buddytrajectories.core.matchproposal.MatchProposal;
import be.buddytrajectories.core.profile.BuddyProfile;
import be.buddytrajectories.core.profile.BuddyProfiles;
import be.buddytrajectories.core.proof.ProofVerification;
import be.buddytrajectories.core.programme.ProgrammeSettings;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.training.TrainingSession;
import be.buddytrajectories.core.trajectory.Trajectory;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, exports, erases and anonymises everything the plugin holds about one person, inside the caller's
 * transaction. The one place that knows every table with a person id, so that a new table cannot be forgotten by
 * one of the three operations only.
 */
final class PersonalData {

    private final AuditTrail audit;

    PersonalData(AuditTrail audit) {
        this.audit = audit;
    }

    Map<String, Object> export(EntityManager em, long personId, LocalDate today) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("personId", personId);
        out.put("exportedOn", today);
        BuddyProfile profile = em.find(BuddyProfile.class, personId);
        out.put("buddyProfile", profile == null ? null : profile(profile));
        out.put("screenings", BuddyProfiles.screenings(em, personId).stream()
                .map(s -> map("kind", s.kind(), "issuedOn", s.issuedOn(), "validUntil", s.validUntil(),
                        "note", s.note())).toList());
        NewcomerIntake intake = em.find(NewcomerIntake.class, personId);
        out.put("newcomerIntake", intake == null ? null : intake(intake));
        out.put("trajectories", trajectoriesOf(em, personId).stream().map(t -> trajectory(em, t, personId)).toList());
        out.put("matchProposals", em.createQuery(
                        "select p from MatchProposal p where p.volunteerId = :p or p.newcomerId = :p order by p.id",
                        MatchProposal.class).setParameter("p", personId).getResultStream().map(PersonalData::proposal)
                .toList());
        out.put("trainingSessions", em.createQuery(
                        "select s from TrainingSession s join s.attendees a where a = :p order by s.heldOn", TrainingSession.class)
                .setParameter("p", personId).getResultStream()
                .map(s -> map("kind", s.kind(), "title", s.title(), "heldOn", s.heldOn())).toList());
        out.put("groupActivities", em.createQuery(
                        "select a from GroupActivity a join a.attendees p where p = :p order by a.heldOn", GroupActivity.class)
                .setParameter("p", personId).getResultStream()
                .map(a -> map("title", a.title(), "heldOn", a.heldOn(), "minutes", a.minutes())).toList());
        out.put("outcomeMeasures", em.createQuery(
                        "select m from OutcomeMeasure m where m.newcomerId = :p order by m.id",
                        be.buddytrajectories.core.outcome.OutcomeMeasure.class)
                .setParameter("p", personId).getResultStream()
                .map(m -> map("moment", m.moment(), "measuredOn", m.measuredOn(), "selfConfidence", m.selfConfidence(),
                        "outlook", m.outlook(), "knowsWhereToGo", m.knowsWhereToGo(),
                        "localsSpokenTo", m.localsSpokenTo(), "wellbeing", m.wellbeing()))
                .toList());
        return out;
    }

    /** Erases a person as newcomer and as buddy; started duos survive as anonymous statistics. */
    void erase(EntityManager em, long personId, LocalDate today) {
        List<Trajectory> asBuddy = em.createQuery(
                        "select t from Trajectory t join t.buddyIds b where b = :p", Trajectory.class)
                .setParameter("p", personId).getResultList();
        if (asBuddy.stream().anyMatch(t -> t.status().occupiesBuddy() && t.newcomerId() != personId)) {
            throw new RuleViolationException("buddy.privacy.runningDuo");
        }
        for (Trajectory t : trajectoriesOf(em, personId)) {
            if (t.newcomerId() == personId) {
                anonymiseDuo(em, t, today);
            }
        }
        em.flush();
        for (Trajectory t : asBuddy) {
            if (em.contains(t)) {
                t.forgetBuddy(personId);
            }
        }
        em.createQuery("delete from MatchProposal p where p.volunteerId = :p").setParameter("p", personId)
                .executeUpdate();
        em.createQuery("delete from CalendarFeed f where f.volunteerId = :p").setParameter("p", personId)
                .executeUpdate();
        em.createQuery("delete from Screening s where s.volunteerId = :p").setParameter("p", personId)
                .executeUpdate();
        em.createQuery("update Screening s set s.recordedBy = null where s.recordedBy = :p")
                .setParameter("p", personId).executeUpdate();
        em.createQuery("update Contact c set c.loggedByPerson = null where c.loggedByPerson = :p")
                .setParameter("p", personId).executeUpdate();
        em.createQuery("delete from Referral r where r.acceptedAs = :p").setParameter("p", personId).executeUpdate();
        em.createQuery("update OtherActivity o set o.confirmedBy = null where o.confirmedBy = :p")
                .setParameter("p", personId).executeUpdate();
        forgetAttendance(em, personId);
        em.createQuery("update OutcomeMeasure m set m.newcomerId = null where m.newcomerId = :p")
                .setParameter("p", personId).executeUpdate();
        em.createQuery("delete from OutgoingMail m where m.personId = :p").setParameter("p", personId).executeUpdate();
        // Writes still waiting would send an erased person to the CRM; the CRM's own record is the CRM's to erase.
        em.createQuery("delete from CrmWrite w where w.buddyId = :p or w.otherBuddyId = :p or w.newcomerId = :p")
                .setParameter("p", personId).executeUpdate();
        em.createQuery("delete from MailOptOut o where o.key.personId = :p").setParameter("p", personId)
                .executeUpdate();
        NewcomerIntake intake = em.find(NewcomerIntake.class, personId);
        if (intake != null) {
            em.remove(intake);
        }
        BuddyProfile profile = em.find(BuddyProfile.class, personId);
        if (profile != null) {
            em.remove(profile);
        }
        audit.record(em, AuditAction.ERASE_PERSON, personId, null);
    }

    /**
     * Anonymises duos closed longer ago than the retention period; a newcomer without any other trajectory loses
     * his intake too. Buddy profiles stay: the volunteer is still with the programme.
     *
     * @return the number of duos anonymised
     */
    int anonymiseExpired(EntityManager em, LocalDate today) {
        LocalDate closedBefore = today.minusMonths(ProgrammeSettings.load(em).retentionMonths());
        List<Trajectory> expired = em.createQuery("""
                        select t from Trajectory t
                        where t.status = be.buddytrajectories.core.trajectory.TrajectoryStatus.CLOSED
                          and t.closedOn < :before order by t.id""", Trajectory.class)
                .setParameter("before", closedBefore).getResultList();
        for (Trajectory t : expired) {
            long newcomer = t.newcomerId();
            anonymiseDuo(em, t, today);
            audit.record(em, AuditAction.ANONYMISE_CLOSED_DUO, newcomer, null);
            em.flush();
            if (trajectoriesOf(em, newcomer).isEmpty()) {
                em.createQuery("update OutcomeMeasure m set m.newcomerId = null where m.newcomerId = :p")
                        .setParameter("p", newcomer).executeUpdate();
                forgetAttendance(em, newcomer);
                NewcomerIntake intake = em.find(NewcomerIntake.class, newcomer);
                if (intake != null) {
                    em.remove(intake);
                }
            }
        }
        return expired.size();
    }

    private void anonymiseDuo(EntityManager em, Trajectory t, LocalDate today) {
        if (t.startedOn().isPresent()) {
            List<Contact> contacts = em.createQuery(
                    "select c from Contact c where c.trajectoryId = :t and c.metOn <= :today", Contact.class)
                    .setParameter("t", t.id()).setParameter("today", today).getResultList();
            NewcomerIntake intake = em.find(NewcomerIntake.class, t.newcomerId());
            em.persist(new DuoStatistic(intake == null ? null : intake.location().postcode(),
                    t.startedOn().get().getYear(), t.closedOn().map(LocalDate::getYear).orElse(null),
                    contacts.stream().mapToLong(Contact::minutes).sum(), contacts.size(), t.endReason().orElse(null)));
        }
        // A proof handed to a funder stays checkable: its record holds figures, no name, and now no duo either.
        em.createQuery("update ProofVerification v set v.trajectoryId = null where v.trajectoryId = :t")
                .setParameter("t", t.id()).executeUpdate();
        for (String entity : List.of("Contact", "OtherActivity", "CheckIn", "MatchProposal", "NewcomerLink",
                "ParticipantAnswer", "CrmWrite")) {
            em.createQuery("delete from " + entity + " e where e.trajectoryId = :t").setParameter("t", t.id())
                    .executeUpdate();
        }
        em.remove(t);
    }

    private static void forgetAttendance(EntityManager em, long personId) {
        em.createQuery("select s from TrainingSession s join s.attendees a where a = :p", TrainingSession.class)
                .setParameter("p", personId).getResultList().forEach(s -> s.forgetAttendee(personId));
        em.createQuery("select a from GroupActivity a join a.attendees p where p = :p", GroupActivity.class)
                .setParameter("p", personId).getResultList().forEach(a -> a.forgetAttendee(personId));
    }

    private static List<Trajectory> trajectoriesOf(EntityManager em, long personId) {
        return em.createQuery("""
                        select distinct t from Trajectory t left join t.buddyIds b
                        where t.newcomerId = :p or b = :p order by t.id""", Trajectory.class)
                .setParameter("p", personId).getResultList();
    }

    private static Map<String, Object> trajectory(EntityManager em, Trajectory t, long personId) {
        Map<String, Object> out = map("id", t.id(), "role", t.newcomerId() == personId ? "NEWCOMER" : "BUDDY",
                "status", t.status(), "waitingSince", t.waitingSince(), "startedOn", t.startedOn(),
                "plannedEnd", t.plannedEnd(), "hoursTarget", t.hoursTarget(), "closedOn", t.closedOn(),
                "endReason", t.endReason(), "endNote", t.endNote(), "pauseReason", t.pauseReason(),
                "fitCheck", t.fitCheck());
        out.put("agreement", t.agreement().map(a -> map("goals", a.goals(), "rhythm", a.rhythm(),
                "buddyDoes", a.buddyDoes(), "buddyDoesNot", a.buddyDoesNot(), "referrals", a.referrals(),
                "contactPerson", a.contactPerson())).orElse(null));
        out.put("contacts", em.createQuery("select c from Contact c where c.trajectoryId = :t order by c.metOn, c.id",
                        Contact.class).setParameter("t", t.id()).getResultStream()
                .map(c -> map("metOn", c.metOn(), "minutes", c.minutes(), "activityType", c.activityType(),
                        "dutchPractised", c.dutchPractised(), "discoveredNew", c.discoveredNew(),
                        "loggedBy", c.loggedBy(), "verified", c.verified(), "coordinatorNote", c.coordinatorNote()))
                .toList());
        out.put("otherActivities", em.createQuery(
                        "select o from OtherActivity o where o.trajectoryId = :t order by o.doneOn, o.id",
                        OtherActivity.class).setParameter("t", t.id()).getResultStream()
                .map(o -> map("doneOn", o.doneOn(), "minutes", o.minutes(), "description", o.description())).toList());
        out.put("checkIns", em.createQuery("select c from CheckIn c where c.trajectoryId = :t order by c.dueOn",
                        CheckIn.class).setParameter("t", t.id()).getResultStream()
                .map(c -> map("dueOn", c.dueOn(), "doneOn", c.doneOn(), "fitPulse", c.fitPulse(),
                        "rhythmOk", c.rhythmOk(), "concerns", c.concerns(), "note", c.note()))
                .toList());
        out.put("proofsIssued", em.createQuery("select v from ProofVerification v where v.trajectoryId = :t order by v.id",
                        ProofVerification.class).setParameter("t", t.id()).getResultStream()
                .map(v -> map("issuedOn", v.issuedOn(), "from", v.periodFrom(), "to", v.periodTo(), "hours", v.hours(),
                        "confirmedHours", v.confirmedHours(), "revoked", v.revoked()))
                .toList());
        return out;
    }

    private static Map<String, Object> profile(BuddyProfile p) {
        return map("languages", p.languages().stream().map(l -> map("code", l.code(), "level", l.level())).toList(),
                "interests", p.interests(), "interestsNote", p.interestsNote(), "about", p.about(),
                "profession", p.profession(), "experience", p.experience(), "availability", p.availabilityCodes(),
                "postcode", p.location().postcode(), "municipality", p.location().municipality(),
                "latitude", p.location().latitude(), "longitude", p.location().longitude(),
                "maxTravelKm", p.maxTravelKm(), "capacity", p.capacity(), "status", p.status(),
                "screenedUntil", p.screenedUntil(), "basicTrainingOn", p.basicTrainingOn(),
                "preferredNewcomerGender", p.preferredNewcomerGender(), "preferredMinAge", p.preferredMinAge(),
                "preferredMaxAge", p.preferredMaxAge(), "childrenWelcome", p.childrenWelcome(),
                "hasChildren", p.hasChildren(), "consentVersion", p.consent().version(),
                "consentGivenOn", p.consent().givenOn());
    }

    private static Map<String, Object> intake(NewcomerIntake i) {
        return map("contactLanguages", i.contactLanguages(), "dutchLevel", i.dutchLevel(),
                "interests", i.interests(), "interestsNote", i.interestsNote(), "goals", i.goals(),
                "about", i.about(), "profession", i.profession(), "availability", i.availabilityCodes(),
                "postcode", i.location().postcode(), "municipality", i.location().municipality(),
                "latitude", i.location().latitude(), "longitude", i.location().longitude(),
                "buddyGenderPreference", i.buddyGenderPreference(), "familySituation", i.familySituation(),
                "pntObliged", i.pntObliged(), "caseWorkerName", i.caseWorkerName(),
                "caseWorkerAgency", i.caseWorkerAgency(), "registeredOn", i.registeredOn(),
                "consentVersion", i.consent().version(), "consentGivenOn", i.consent().givenOn(),
                "outcomeConsent", i.outcomeConsent());
    }

    private static Map<String, Object> proposal(MatchProposal p) {
        return map("trajectoryId", p.trajectoryId(), "newcomerId", p.newcomerId(), "volunteerId", p.volunteerId(),
                "score", p.score(), "reasons", p.reasons(), "proposedAt", p.proposedAt(), "decision", p.decision(),
                "decisionReason", p.decisionReason(), "decidedAt", p.decidedAt());
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
