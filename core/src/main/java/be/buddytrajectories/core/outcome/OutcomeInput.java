package be.buddytrajectories.core.outcome;

import be.buddytrajectories.core.outcome.OutcomeMeasure.Limits;
import be.buddytrajectories.core.validation.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.hibernate.validator.constraints.Range;

/** A newcomer's answers (scales 1 = not at all … 5 = very much). */
public record OutcomeInput(
        @NotNull MeasureMoment moment,
        @NotNull(message = "{buddy.outcome.date.required}") @PlausibleDate LocalDate measuredOn,
        @Range(min = Limits.MIN_SCALE, max = Limits.MAX_SCALE, message = "{buddy.outcome.scale.range}") int selfConfidence,
        @Range(min = Limits.MIN_SCALE, max = Limits.MAX_SCALE, message = "{buddy.outcome.scale.range}") int outlook,
        @Range(min = Limits.MIN_SCALE, max = Limits.MAX_SCALE, message = "{buddy.outcome.scale.range}") int knowsWhereToGo,
        @Range(min = 0, max = Limits.MAX_LOCALS, message = "{buddy.outcome.locals.range}") int localsSpokenTo,
        @Range(min = Limits.MIN_SCALE, max = Limits.MAX_SCALE, message = "{buddy.outcome.scale.range}") int wellbeing) {
}
