package be.buddytrajectories.core.outbox;

/**
 * What a host says of its index every few seconds: the position up to which it applied the outbox (committed in
 * its index), its document count, and its rebuild and problem, so that an admin on any host sees every index.
 */
public record IndexHostReport(long position, long documents, boolean rebuilding, long rebuildDone,
                              long rebuildTotal, String problem) {
}
