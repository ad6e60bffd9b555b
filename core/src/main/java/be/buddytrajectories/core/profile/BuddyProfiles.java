package be.buddytrajectories.core.profile;

import be.buddytrajectories.core.programme.ProgrammeSettings;
import be.buddytrajectories.core.rules.NotFoundException;
import be.buddytrajectories.core.rules.RuleViolationException;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Buddy profiles inside the caller's transaction: the one way a profile is registered (by the service, a
 * spreadsheet row or the demo), and the reads the index sync and other services need. It checks no permission,
 * so it must not be exposed to a view directly.
 */
public final class BuddyProfiles {

    private BuddyProfiles() {
    }

    /**
     * Buddy intake: the volunteer becomes a buddy with this profile.
     *
     * @throws RuleViolationException when the volunteer already has a profile
     */
    public static BuddyProfile register(EntityManager em, long volunteerId, BuddyProfileInput input) {
        if (em.find(BuddyProfile.class, volunteerId) != null) {
            throw new RuleViolationException("buddy.profile.exists", volunteerId);
        }
        BuddyProfile profile = new BuddyProfile(volunteerId, input);
        em.persist(profile);
        return profile;
    }

    public static Optional<BuddyProfile> find(EntityManager em, long volunteerId) {
        return Optional.ofNullable(em.find(BuddyProfile.class, volunteerId));
    }

    /** @throws NotFoundException when the volunteer has no buddy profile */
    public static BuddyProfile get(EntityManager em, long volunteerId) {
        return BuddyProfileService.load(em, volunteerId);
    }

    /** The buddy's screenings, newest issue first (the later recorded first on the same day). */
    public static List<Screening> screenings(EntityManager em, long volunteerId) {
        return em.createQuery("""
                        select s from Screening s where s.volunteerId = :volunteer
                        order by s.issuedOn desc, s.id desc""", Screening.class)
                .setParameter("volunteer", volunteerId).getResultList();
    }

    /**
     * Records a screening of the buddy inside the caller's transaction (a spreadsheet row, the demo), valid for the
     * programme's months; no audit entry, no permission check.
     */
    public static Screening recordScreening(EntityManager em, BuddyProfile profile, ScreeningInput input,
                                            Long recordedBy, LocalDate today) {
        Screening screening = profile.recordScreening(input,
                ProgrammeSettings.load(em).screeningValidMonths(), recordedBy, today);
        em.persist(screening);
        return screening;
    }

    /** Every volunteer with a profile, ascending, for a full rebuild. */
    public static List<Long> volunteerIds(EntityManager em) {
        return em.createQuery("select p.volunteerId from BuddyProfile p order by p.volunteerId", Long.class)
                .getResultList();
    }

    /** Duos that take up this buddy's capacity: proposed, active or paused. */
    public static int activeDuos(EntityManager em, long volunteerId) {
        return em.createQuery("""
                        select count(t) from Trajectory t join t.buddyIds b
                        where b = :volunteer and t.status in (be.buddytrajectories.core.trajectory.TrajectoryStatus.PROPOSED,
                        be.buddytrajectories.core.trajectory.TrajectoryStatus.ACTIVE,
                        be.buddytrajectories.core.trajectory.TrajectoryStatus.PAUSED)""", Long.class)
                .setParameter("volunteer", volunteerId).getSingleResult().intValue();
    }

    /** Newcomers for whom a proposal of this buddy was declined. */
    public static Set<Long> rejectedNewcomerIds(EntityManager em, long volunteerId) {
        return new TreeSet<>(em.createQuery("""
                        select distinct p.newcomerId from MatchProposal p
                        where p.volunteerId = :volunteer and p.decision = be.buddytrajectories.core.matchproposal.Decision.REJECTED""", Long.class)
                .setParameter("volunteer", volunteerId).getResultList());
    }
}
