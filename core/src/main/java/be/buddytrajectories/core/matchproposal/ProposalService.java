package be.buddytrajectories.core.matchproposal;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.profile.BuddyProfile;
import be.buddytrajectories.core.profile.BuddyProfiles;
import be.buddytrajectories.core.programme.ProgrammeSettings;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryAccess;
import be.buddytrajectories.core.validation.InputValidator;
import be.buddytrajectories.search.profile.BuddyStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Proposing buddies for a waiting newcomer and recording the decision. The proposal checks what the index may not
 * know yet (capacity, status, gates of the programme), because the database is the source of truth.
 */
@ApplicationScoped
public class ProposalService {

    private final BuddyDatabase database;
    private final AccessGuard access;
    private final TrajectoryAccess trajectories;
    private final InputValidator validator;
    private final Clock clock;

    @Inject
    public ProposalService(BuddyDatabase database, AccessGuard access, TrajectoryAccess trajectories,
                        InputValidator validator, Clock clock) {
        this.database = database;
        this.access = access;
        this.trajectories = trajectories;
        this.validator = validator;
        this.clock = clock;
    }

    /** Proposes one buddy (duo) or two (tridem) for a waiting newcomer. */
    public Trajectory propose(long trajectoryId, long expectedVersion, List<Candidate> candidates) {
        access.requireAny("match.propose", Permission.COORDINATOR, Permission.ADMIN);
        candidates.forEach(validator::check);
        return database.inTransaction(em -> {
            Trajectory t = trajectories.editable(em, trajectoryId, expectedVersion, "match.propose");
            ProgrammeSettings settings = ProgrammeSettings.load(em);
            // In id order, so that two tridem proposals lock their buddies in the same order and never deadlock.
            candidates.stream().map(Candidate::volunteerId).sorted()
                    .forEach(buddy -> requireProposable(em, settings, buddy, t.newcomerId()));
            t.propose(candidates.stream().map(Candidate::volunteerId).toList(), LocalDate.now(clock));
            Long me = access.user().personId().orElse(null);
            for (Candidate c : candidates) {
                em.persist(new MatchProposal(t.id(), t.newcomerId(), c.volunteerId(), c.score(), c.reasons(), me, now()));
            }
            em.flush();
            return t;
        });
    }

    /** Records that buddy and newcomer both said yes; the duo can start at the first meeting. */
    public Trajectory accept(long trajectoryId, long expectedVersion) {
        access.requireAny("match.accept", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> {
            Trajectory t = trajectories.editable(em, trajectoryId, expectedVersion, "match.accept");
            t.accept(LocalDate.now(clock));
            Long me = access.user().personId().orElse(null);
            openProposals(em, t).forEach(p -> p.accept(me, now()));
            em.flush();
            return t;
        });
    }

    /**
     * Records that the proposal was declined, with why: the pair is not proposed again, the buddies are free and
     * the newcomer keeps his place on the waiting list.
     */
    public Trajectory decline(long trajectoryId, long expectedVersion, String reason) {
        access.requireAny("match.decline", Permission.COORDINATOR, Permission.ADMIN);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("buddy.proposal.rejectReasonRequired");
        }
        return database.inTransaction(em -> {
            Trajectory t = trajectories.editable(em, trajectoryId, expectedVersion, "match.decline");
            Long me = access.user().personId().orElse(null);
            openProposals(em, t).forEach(p -> p.reject(reason, me, now()));
            t.decline();
            em.flush();
            return t;
        });
    }

    /** Every proposal made for one trajectory, oldest first. */
    public List<MatchProposal> proposalsFor(long trajectoryId) {
        access.requireAny("match.proposalsFor", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> em.createQuery(
                        "select p from MatchProposal p where p.trajectoryId = :t order by p.id", MatchProposal.class)
                .setParameter("t", trajectoryId).getResultList());
    }

    private void requireProposable(EntityManager em, ProgrammeSettings settings, long volunteerId, long newcomerId) {
        BuddyProfile buddy = BuddyProfiles.get(em, volunteerId);
        // Two coordinators proposing the same buddy at once would each count his duos without the other's and
        // give his last place twice: the row lock makes the second wait and count the first's proposal.
        em.lock(buddy, LockModeType.PESSIMISTIC_WRITE);
        if (buddy.status() != BuddyStatus.AVAILABLE) {
            throw new RuleViolationException("buddy.proposal.buddyNotAvailable", volunteerId);
        }
        if (BuddyProfiles.activeDuos(em, volunteerId) >= buddy.capacity()) {
            throw new RuleViolationException("buddy.proposal.buddyFull", volunteerId, buddy.capacity());
        }
        if (settings.trainingRequired() && !buddy.trained()) {
            throw new RuleViolationException("buddy.proposal.trainingRequired", volunteerId);
        }
        // Valid on the day of the proposal: a screening that expired since the last match no longer counts.
        if (settings.screeningRequired() && !buddy.screenedOn(LocalDate.now(clock))) {
            throw new RuleViolationException(buddy.screenedUntil().isPresent() ? "buddy.proposal.screeningExpired"
                    : "buddy.proposal.screeningRequired", volunteerId);
        }
        if (BuddyProfiles.rejectedNewcomerIds(em, volunteerId).contains(newcomerId)) {
            throw new RuleViolationException("buddy.proposal.rejectedBefore", volunteerId);
        }
    }

    private static List<MatchProposal> openProposals(EntityManager em, Trajectory t) {
        return em.createQuery("select p from MatchProposal p where p.trajectoryId = :t and p.decision is null",
                MatchProposal.class).setParameter("t", t.id()).getResultList();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
