package be.buddytrajectories.core.outbox;

import java.time.LocalDateTime;

/**
 * A registered host's index, as an admin sees it.
 *
 * @param behind     committed changes the host has not yet applied
 * @param seenAt     the host's last report, in UTC
 * @param problem    why its last rebuild or indexing round failed, or {@code null}
 */
public record IndexHostStatus(String hostId, String name, long position, long behind, LocalDateTime registeredAt,
                              LocalDateTime seenAt, long documents, boolean rebuilding, long rebuildDone,
                              long rebuildTotal, String problem) {
}
