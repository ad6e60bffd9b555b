package be.buddytrajectories.core.contact;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Hours of a duo toward its target.
 *
 * @param counted        the minutes up to today by category, and which count
 * @param plannedMinutes minutes of meetings logged for later dates: these do not count yet
 */
public record HoursSummary(long trajectoryId, HoursParts counted, long plannedMinutes, int hoursTarget,
                           Optional<LocalDate> lastContact) {

    public long countedMinutes() {
        return counted.countedMinutes();
    }

    /** Counted hours, rounded down to the quarter. */
    public double hours() {
        return counted.countedHours();
    }

    public boolean targetReached() {
        return hoursTarget > 0 && countedMinutes() >= hoursTarget * 60L;
    }
}
