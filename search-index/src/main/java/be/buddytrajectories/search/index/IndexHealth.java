package be.buddytrajectories.search.index;

/**
 * Outcome of {@link ProfileIndex#check(java.nio.file.Path)}: when not {@link State#HEALTHY} the caller rebuilds
 * the index from the database.
 */
public record IndexHealth(State state, String problem) {

    /** {@code OUTDATED}: readable, but written with an older document layout than this version queries. */
    public enum State { HEALTHY, MISSING, CORRUPT, OUTDATED }

    public boolean healthy() {
        return state == State.HEALTHY;
    }

    static IndexHealth ok() {
        return new IndexHealth(State.HEALTHY, "");
    }
}
