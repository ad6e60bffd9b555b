package be.buddytrajectories.core.newcomerlink;

import be.buddytrajectories.core.token.SecretTokens;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryStatus;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Finding the duo behind a token; checks no permission (the token is the permission). */
final class NewcomerLinks {

    private NewcomerLinks() {
    }

    /**
     * The running duo a token opens: empty for a malformed, unknown or revoked token and for a duo that no longer
     * runs (closed or withdrawn), all alike.
     */
    static Optional<Trajectory> runningDuo(EntityManager em, String token) {
        if (!SecretTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return em.createQuery("select l from NewcomerLink l where l.tokenHash = :h and l.revokedAt is null",
                        NewcomerLink.class)
                .setParameter("h", SecretTokens.hash(token)).getResultStream().findFirst()
                .map(link -> em.find(Trajectory.class, link.trajectoryId()))
                .filter(NewcomerLinks::running);
    }

    static boolean running(Trajectory duo) {
        return duo.status() == TrajectoryStatus.ACTIVE || duo.status() == TrajectoryStatus.PAUSED;
    }

    static List<NewcomerLink> active(EntityManager em, long trajectoryId) {
        return em.createQuery("select l from NewcomerLink l where l.trajectoryId = :t and l.revokedAt is null",
                NewcomerLink.class).setParameter("t", trajectoryId).getResultList();
    }
}
