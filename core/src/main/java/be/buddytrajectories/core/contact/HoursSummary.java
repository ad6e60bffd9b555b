package be.buddytrajectories.core.contact;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Hours of a duo toward its target.
 *
 * @param pastMinutes    minutes of contacts up to today: these count
 * @param plannedMinutes minutes of contacts logged for later dates: these do not count yet
 */
public record HoursSummary(long trajectoryId, long pastMinutes, long plannedMinutes, int hoursTarget,
                           Optional<LocalDate> lastContact) {

    /** Counted hours, rounded down to the quarter. */
    public double hours() {
        return Math.floor(pastMinutes / 15.0) / 4.0;
    }

    public boolean targetReached() {
        return hoursTarget > 0 && pastMinutes >= hoursTarget * 60L;
    }
}
