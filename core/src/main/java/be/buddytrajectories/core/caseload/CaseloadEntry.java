package be.buddytrajectories.core.caseload;

import be.buddytrajectories.core.alerts.AlertKind;
import be.buddytrajectories.core.trajectory.TrajectoryStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One trajectory in a coordinator's caseload; dates are null when they do not apply yet.
 *
 * @param coveredFor the absent coordinator whose duo this is, while the reader covers for him; null for his own
 */
public record CaseloadEntry(long trajectoryId, long version, long newcomerId, Set<Long> buddyIds,
                            TrajectoryStatus status, LocalDate waitingSince, LocalDate startedOn, LocalDate plannedEnd,
                            double hours, int hoursTarget, LocalDate lastContact, LocalDate nextCheckIn,
                            List<AlertKind> alerts, Long coveredFor) {
}
