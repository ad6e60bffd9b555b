package be.buddytrajectories.core.crm;

/** What one row of the outbox asks the CRM to do. */
public enum CrmWriteKind {
    CONTACT_ACTIVITY,
    RELATIONSHIP_START,
    RELATIONSHIP_END
}
