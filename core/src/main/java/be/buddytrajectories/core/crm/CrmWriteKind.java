package be.buddytrajectories.core.crm;

import be.buddytrajectories.hostapi.CrmWriteBack;

/** What one row of the outbox asks the CRM to do. */
public enum CrmWriteKind {
    CONTACT_ACTIVITY(CrmWriteBack.Write.CONTACT_ACTIVITY),
    RELATIONSHIP_START(CrmWriteBack.Write.BUDDY_RELATIONSHIP),
    RELATIONSHIP_END(CrmWriteBack.Write.BUDDY_RELATIONSHIP);

    private final CrmWriteBack.Write write;

    CrmWriteKind(CrmWriteBack.Write write) {
        this.write = write;
    }

    /** The host's write this kind needs switched on. */
    CrmWriteBack.Write write() {
        return write;
    }
}
