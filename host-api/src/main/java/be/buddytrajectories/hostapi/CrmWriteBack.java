package be.buddytrajectories.hostapi;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * Writes what happened in a plugin back to the CRM the host's people live in, so that the CRM's own screens show
 * it (a contact's timeline, its relationships). A host without such a CRM answers {@link #writes()} with an empty
 * set and is never called otherwise.
 *
 * <p>Every call returns once the CRM has stored the write, and throws {@link CrmWriteFailed} otherwise. Calls do
 * not retry: a plugin keeps its own outbox and tries again later. Because an answer can be lost after the CRM
 * stored the write, every call is idempotent by its {@code key}: calling it again with the same key leaves the CRM
 * as one call would have, and never creates a second activity or relationship. Keys are positive database ids; a
 * CRM may bound them (CiviCRM keeps an activity's key in a 32-bit unsigned column) and refuses others for good.
 */
public interface CrmWriteBack {

    /** What a host can write back. */
    enum Write {
        /** A logged buddy contact as an activity on the buddy's and the newcomer's timeline. */
        CONTACT_ACTIVITY,
        /** A started duo as an active buddy relationship between the two, ended when the duo closes. */
        BUDDY_RELATIONSHIP
    }

    /** The writes this host can make; empty when the host has no CRM to write to. */
    Set<Write> writes();

    /**
     * Records a buddy contact. Idempotent by {@link ContactActivity#key()}.
     *
     * @return the CRM's identifier of the activity, for the admin's queue
     */
    String recordContact(ContactActivity activity);

    /**
     * Makes the buddy relationship of a duo active from its start date, also one that was ended before. Idempotent
     * by {@link BuddyRelationship#key()}; a plugin calls it before {@link #endRelationship} for the same duo.
     *
     * @return the CRM's identifier of the relationship
     */
    String startRelationship(BuddyRelationship relationship);

    /**
     * Ends the buddy relationship of a duo on {@code endDate} (inactive from then on). Ending a relationship that
     * was never started, or that is already ended on that date, changes nothing.
     */
    void endRelationship(BuddyRelationship relationship, LocalDate endDate);

    /**
     * A buddy contact as the CRM should record it.
     *
     * @param key        unique among this installation's contact activities, and never reused
     * @param buddyIds   the duo's buddy, or both buddies of a tridem, as the people directory identifies them (the
     *                   activity's assignees)
     * @param newcomerId the newcomer (the activity's target)
     * @param at         when they met, in the organisation's local time
     * @param minutes    how long, at least one
     * @param subject    a short line for the timeline, without notes or addresses
     */
    record ContactActivity(long key, Set<Long> buddyIds, long newcomerId, LocalDateTime at, int minutes,
                           String subject) {

        public ContactActivity {
            buddyIds = Set.copyOf(buddyIds);
            if (buddyIds.isEmpty()) {
                throw new IllegalArgumentException("a contact has at least one buddy");
            }
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(subject, "subject");
            if (minutes < 1) {
                throw new IllegalArgumentException("minutes must be at least 1, was " + minutes);
            }
        }
    }

    /**
     * The relationship of one duo.
     *
     * @param key        the duo's identifier; with the buddy it names one relationship (a tridem has two)
     * @param buddyId    the buddy ("buddy of" the newcomer)
     * @param newcomerId the newcomer
     * @param startDate  the day the duo started
     */
    record BuddyRelationship(long key, long buddyId, long newcomerId, LocalDate startDate) {

        public BuddyRelationship {
            Objects.requireNonNull(startDate, "startDate");
        }
    }
}
