package be.buddytrajectories.core.caseload;

/** How many open trajectories one coordinator follows, by status; {@code coordinatorId} null for unassigned. */
public record CoordinatorLoad(Long coordinatorId, long waiting, long proposed, long active, long paused) {

    public long total() {
        return waiting + proposed + active + paused;
    }
}
