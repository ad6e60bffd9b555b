package be.buddytrajectories.core.alerts;

import java.time.LocalDate;

/**
 * One thing a coordinator should look at.
 *
 * @param since the date the reason began: the check-in's due date, the last contact (or start), the planned end
 */
public record Alert(long trajectoryId, long newcomerId, Long coordinatorId, AlertKind kind, LocalDate since) {
}
