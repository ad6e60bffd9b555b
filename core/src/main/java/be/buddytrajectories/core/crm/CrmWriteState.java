package be.buddytrajectories.core.crm;

/** Where a write in the outbox is. */
public enum CrmWriteState {
    /** Waiting for its next attempt. */
    PENDING,
    /** Handed to the CRM by a host that has not yet recorded the outcome. */
    WRITING,
    /** The CRM stored it. */
    DONE,
    /** Refused for good, or given up after {@link CrmWrite#MAX_ATTEMPTS} attempts; the admin can retry it. */
    FAILED
}
