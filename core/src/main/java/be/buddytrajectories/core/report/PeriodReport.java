package be.buddytrajectories.core.report;

import be.buddytrajectories.core.outcome.MeasureMoment;
import be.buddytrajectories.core.trajectory.EndReason;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one period; see the package description for what is suppressed.
 *
 * @param countedUntil      the last day counted: the period's end, or today when the period reaches into the future
 * @param newcomersReached  newcomers with a duo that ran on at least one day of the period
 * @param duosRunning       duos that ran on at least one day of the period
 * @param runningAtEnd      duos still running on the last day counted
 * @param closedByReason    the duos that ended in the period, by end reason, in the taxonomy's order
 * @param withdrawn         newcomers taken off the waiting list (or out of a proposal) in the period, no duo begun
 * @param contactHours      hours of the meetings held in the period
 * @param medianHours       the median hours of the duos that ended in the period, over their whole duration
 * @param reachedTarget     of those duos, the percentage that reached its hours target (the decree's 40 by default)
 * @param medianWaitDays    the median days from waiting list to first meeting, of the duos that started in the
 *                          period
 * @param training          the trainings held in the period
 */
public record PeriodReport(ReportPeriod period, LocalDate countedUntil,
                           Figure newcomersReached, Figure reachedObliged, Figure reachedNotObliged,
                           Figure duosStarted, Figure duosRunning, Figure runningAtEnd,
                           Figure duosClosed, Map<EndReason, Figure> closedByReason, Figure withdrawn,
                           Figure contactHours, Figure medianHours, Figure reachedTarget, Figure medianWaitDays,
                           List<Outcome> outcomes,
                           Training training, List<Month> months) {

    public PeriodReport {
        closedByReason = Collections.unmodifiableMap(new EnumMap<>(closedByReason));
        outcomes = List.copyOf(outcomes);
        months = List.copyOf(months);
    }

    /** The average answers of one moment (intake or closure) given in the period, on a scale of 1 to 5. */
    public record Outcome(MeasureMoment moment, Figure respondents, Figure selfConfidence, Figure outlook,
                          Figure knowsWhereToGo, Figure localsSpokenTo, Figure wellbeing) {
    }

    /**
     * The training sessions held in the period (with a municipality: those a buddy of it attended).
     *
     * @param sessions        how many were held; not a count of people, so never suppressed
     * @param buddies         how many buddies attended at least one
     * @param hours           the hours the buddies spent in them together
     * @param withoutDuration sessions planned before durations were asked, which count no hours
     */
    public record Training(Figure sessions, Figure buddies, Figure hours, long withoutDuration) {
    }

    /** One calendar month of the period: duos started and hours met. */
    public record Month(YearMonth month, Figure duosStarted, Figure contactHours) {
    }
}
