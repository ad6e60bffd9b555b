package be.buddytrajectories.search.index;

/**
 * Outcome of {@link ProfileIndex#check(java.nio.file.Path)}: when not {@link State#HEALTHY} the caller rebuilds
 * the index from the database.
 */
public record IndexHealth(State state, String problem) {

    public enum State { HEALTHY, MISSING, CORRUPT }

    public boolean healthy() {
        return state == State.HEALTHY;
    }

    static IndexHealth ok() {
        return new IndexHealth(State.HEALTHY, "");
    }
}
