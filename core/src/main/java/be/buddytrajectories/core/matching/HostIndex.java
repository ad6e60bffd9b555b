package be.buddytrajectories.core.matching;

import java.time.LocalDateTime;

/**
 * One host's index on this database, as an admin or coordinator sees it (see {@link ProfileIndexer#hosts()}).
 *
 * @param thisHost the host that answers
 * @param behind   committed changes it has still to apply
 * @param seenAt   its last report, in UTC
 * @param problem  its last rebuild or indexing round failed
 */
public record HostIndex(String name, boolean thisHost, long documents, long behind, LocalDateTime seenAt,
                        boolean rebuilding, long rebuildDone, long rebuildTotal, boolean problem) {
}
