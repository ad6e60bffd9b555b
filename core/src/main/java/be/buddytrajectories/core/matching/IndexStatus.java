package be.buddytrajectories.core.matching;

/**
 * What an admin sees of the index.
 *
 * @param documents         buddy profiles in the index
 * @param pendingChanges    outbox entries not yet applied
 * @param lastAppliedChange id of the last outbox entry applied and committed
 * @param rebuilding        a rebuild is running
 * @param rebuildDone       profiles indexed so far by the running (or last) rebuild
 * @param rebuildTotal      profiles the running (or last) rebuild has to index
 * @param problem           why the last rebuild or indexing round failed, or {@code null}
 */
public record IndexStatus(long documents, long pendingChanges, long lastAppliedChange, boolean rebuilding,
                          long rebuildDone, long rebuildTotal, String problem) {

    /** Share of the rebuild done, 0–1; 1 when no rebuild has run. */
    public double rebuildProgress() {
        return rebuildTotal == 0 ? (rebuilding ? 0 : 1) : Math.min(1.0, (double) rebuildDone / rebuildTotal);
    }
}
