package be.buddytrajectories.core.trajectory;

import be.buddytrajectories.core.access.AccessDeniedException;
import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.rules.NotFoundException;
import be.buddytrajectories.core.rules.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Who may see and change a trajectory: coordinators and admins every one, a buddy only the duos he is in. Every
 * feature that reads duo data (contacts, check-ins, proof) goes through here, so the rule lives in one place.
 */
@ApplicationScoped
public class TrajectoryAccess {

    private final AccessGuard access;

    @Inject
    public TrajectoryAccess(AccessGuard access) {
        this.access = access;
    }

    /** The trajectory, when the user may read it. */
    public Trajectory readable(EntityManager em, long trajectoryId, String operation) {
        access.requireAny(operation, Permission.COORDINATOR, Permission.ADMIN, Permission.BUDDY);
        Trajectory trajectory = load(em, trajectoryId);
        if (!isStaff() && !trajectory.hasBuddy(access.personId(operation))) {
            throw new AccessDeniedException(operation);
        }
        return trajectory;
    }

    /** The trajectory for a coordinator's change, refused when it changed since {@code expectedVersion}. */
    public Trajectory editable(EntityManager em, long trajectoryId, long expectedVersion, String operation) {
        access.requireAny(operation, Permission.COORDINATOR, Permission.ADMIN);
        Trajectory trajectory = load(em, trajectoryId);
        Versions.require(trajectory.version(), expectedVersion);
        return trajectory;
    }

    /** Coordinators and admins see everything of a duo, coordinator-only notes included. */
    public boolean isStaff() {
        return access.holdsAny(Permission.COORDINATOR, Permission.ADMIN);
    }

    public static Trajectory load(EntityManager em, long trajectoryId) {
        Trajectory trajectory = em.find(Trajectory.class, trajectoryId);
        if (trajectory == null) {
            throw new NotFoundException("trajectory", trajectoryId);
        }
        return trajectory;
    }
}
