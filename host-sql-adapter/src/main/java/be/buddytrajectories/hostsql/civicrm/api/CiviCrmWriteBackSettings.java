package be.buddytrajectories.hostsql.civicrm.api;

import be.buddytrajectories.hostapi.CrmWriteBack;
import java.util.EnumSet;
import java.util.Set;

/**
 * What {@link CiviCrmWriteBack} writes, and the names of the types a CiviCRM administrator created for it.
 *
 * @param activityType     the activity type of buddy contacts (option group {@code activity_type}), by name or
 *                         label; default {@value #DEFAULT_ACTIVITY_TYPE}
 * @param relationshipType the relationship type from buddy to newcomer, by {@code name_a_b} or {@code label_a_b};
 *                         default {@value #DEFAULT_RELATIONSHIP_TYPE}
 * @param writes           the writes switched on
 */
public record CiviCrmWriteBackSettings(String activityType, String relationshipType, Set<CrmWriteBack.Write> writes) {

    public static final String DEFAULT_ACTIVITY_TYPE = "Buddy contact";
    public static final String DEFAULT_RELATIONSHIP_TYPE = "Buddy of";

    public CiviCrmWriteBackSettings {
        activityType = name(activityType, "activityType");
        relationshipType = name(relationshipType, "relationshipType");
        if (writes == null) {
            throw new IllegalArgumentException("writes are required (an empty set for none)");
        }
        writes = writes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(writes));
    }

    /** The default type names with these writes switched on. */
    public static CiviCrmWriteBackSettings of(Set<CrmWriteBack.Write> writes) {
        return new CiviCrmWriteBackSettings(DEFAULT_ACTIVITY_TYPE, DEFAULT_RELATIONSHIP_TYPE, writes);
    }

    private static String name(String value, String setting) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(setting + " must name a CiviCRM type, not '" + value + "'");
        }
        return value.strip();
    }
}
