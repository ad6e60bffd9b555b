package be.buddytrajectories.core.trajectory;

import java.time.LocalDate;

/**
 * A line of the waiting list.
 *
 * @param position         1 for the newcomer to match first
 * @param version          the trajectory's version, for a proposal made from this line
 * @param rematchPriority  back after a duo that was not a good fit: first of all
 */
public record WaitingEntry(int position, long trajectoryId, long version, long newcomerId, LocalDate waitingSince,
                           long daysWaiting, boolean pntObliged, boolean rematchPriority,
                           boolean earlierDuoEndedEarly, Long coordinatorId) {
}
