package be.buddytrajectories.core.outbox;

/** One recorded change, as the index consumer reads it; ids ascend in commit order of the writers' inserts. */
public record OutboxEntry(long id, long volunteerId, ChangeType type) {
}
