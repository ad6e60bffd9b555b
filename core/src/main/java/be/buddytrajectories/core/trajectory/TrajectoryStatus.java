package be.buddytrajectories.core.trajectory;

/** Where a trajectory is in its lifecycle. */
public enum TrajectoryStatus {
    /** On the waiting list, no buddy yet. */
    WAITING,
    /** A buddy (or two) proposed; waiting for both sides to agree and for the first meeting. */
    PROPOSED,
    ACTIVE,
    PAUSED,
    CLOSED;

    /** The statuses in which a duo takes up its buddies' capacity. */
    public boolean occupiesBuddy() {
        return this == PROPOSED || this == ACTIVE || this == PAUSED;
    }
}
