package be.buddytrajectories.core.newcomerlink;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.audit.AuditAction;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.token.SecretTokens;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Coordinators issue, replace and revoke newcomers' personal links (audited). */
@ApplicationScoped
public class NewcomerLinkService {

    private final BuddyDatabase database;
    private final AccessGuard access;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public NewcomerLinkService(BuddyDatabase database, AccessGuard access, AuditTrail audit, Clock clock) {
        this.database = database;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Issues a new link for the newcomer of a running duo; a link issued before stops working (issuing again is
     * "replace the link"). The token is in the answer only.
     */
    public IssuedLink issue(long trajectoryId) {
        access.requireAny("newcomerLink.issue", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> {
            Trajectory duo = TrajectoryAccess.load(em, trajectoryId);
            if (!NewcomerLinks.running(duo)) {
                throw new RuleViolationException("buddy.newcomerLink.duoNotRunning");
            }
            LocalDateTime now = now();
            NewcomerLinks.active(em, trajectoryId).forEach(old -> old.revoke(now));
            String token = SecretTokens.newToken();
            em.persist(new NewcomerLink(trajectoryId, SecretTokens.hash(token), now));
            audit.record(em, AuditAction.ISSUE_NEWCOMER_LINK, duo.newcomerId(), "trajectory " + duo.id());
            return IssuedLink.of(trajectoryId, token, now);
        });
    }

    /** Revokes the duo's link; nothing happens when it has none. */
    public void revoke(long trajectoryId) {
        access.requireAny("newcomerLink.revoke", Permission.COORDINATOR, Permission.ADMIN);
        database.runInTransaction(em -> {
            Trajectory duo = TrajectoryAccess.load(em, trajectoryId);
            LocalDateTime now = now();
            NewcomerLinks.active(em, trajectoryId).forEach(old -> old.revoke(now));
            audit.record(em, AuditAction.REVOKE_NEWCOMER_LINK, duo.newcomerId(), "trajectory " + duo.id());
        });
    }

    /** When the duo's working link was issued; empty when it has none (or the duo no longer runs). */
    public Optional<LocalDateTime> activeSince(long trajectoryId) {
        access.requireAny("newcomerLink.activeSince", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> {
            Trajectory duo = TrajectoryAccess.load(em, trajectoryId);
            if (!NewcomerLinks.running(duo)) {
                return Optional.<LocalDateTime>empty();
            }
            return NewcomerLinks.active(em, trajectoryId).stream().map(NewcomerLink::createdAt).findFirst();
        });
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
