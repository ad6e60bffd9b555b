package be.buddytrajectories.core.alerts;

import java.time.LocalDate;

/**
 * Something about a buddy himself that a coordinator should look at, whatever his duos.
 *
 * @param on the day it concerns: the last day the buddy's screening is (or was) valid
 */
public record BuddyAlert(long volunteerId, AlertKind kind, LocalDate on) {
}
