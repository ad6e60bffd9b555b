package be.buddytrajectories.core.outbox;

/** What the index must do with a volunteer's document. */
public enum ChangeType {
    /** Rebuild the volunteer's document from the database. */
    UPSERT,
    /** Remove the volunteer's document: the profile no longer exists (erased). */
    DELETE
}
