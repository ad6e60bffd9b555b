package be.buddytrajectories.host.civicrm;

import be.buddytrajectories.hostapi.CrmWriteBack;
import jakarta.enterprise.inject.Vetoed;
import java.time.LocalDate;
import java.util.Set;

/**
 * The write-back of a host without a CRM site to write to: it can write nothing, and refuses to be asked. Vetoed as
 * a bean: {@code HostBeans} chooses the host's write-back.
 */
@Vetoed
public final class NoCrmWriteBack implements CrmWriteBack {

    private static final String NO_CRM = "this host writes to no CRM (host.civicrm.url and host.civicrm.key are"
            + " not set): writes() is empty";

    @Override
    public Set<Write> writes() {
        return Set.of();
    }

    @Override
    public String recordContact(ContactActivity activity) {
        throw new IllegalStateException(NO_CRM);
    }

    @Override
    public String startRelationship(BuddyRelationship relationship) {
        throw new IllegalStateException(NO_CRM);
    }

    @Override
    public void endRelationship(BuddyRelationship relationship, LocalDate endDate) {
        throw new IllegalStateException(NO_CRM);
    }

    @Override
    public String toString() {
        return "no CRM write-back";
    }
}
