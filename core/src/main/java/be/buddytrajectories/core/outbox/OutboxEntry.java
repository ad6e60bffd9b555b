package be.buddytrajectories.core.outbox;

/** One recorded change, as an index reads it; positions ascend in the order the changes committed. */
public record OutboxEntry(long position, long volunteerId, ChangeType type) {
}
