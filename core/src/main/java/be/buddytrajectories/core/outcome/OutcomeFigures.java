package be.buddytrajectories.core.outcome;

import java.util.OptionalDouble;

/**
 * Averages of one moment. When fewer than {@link OutcomeMeasure.Limits#MIN_CELL_SIZE} newcomers answered, every
 * average is empty and {@code suppressed} is true: the count alone is shown.
 */
public record OutcomeFigures(MeasureMoment moment, long respondents, boolean suppressed,
                             OptionalDouble selfConfidence, OptionalDouble outlook, OptionalDouble knowsWhereToGo,
                             OptionalDouble localsSpokenTo, OptionalDouble wellbeing) {
}
