package be.buddytrajectories.core.trajectory;

import be.buddytrajectories.core.programme.ProgrammeSettings;
import be.buddytrajectories.core.validation.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.hibernate.validator.constraints.Range;

/**
 * The start of a duo after its first meeting.
 *
 * @param plannedEnd  or null for the programme's planned duration
 * @param hoursTarget or null for the programme's hours target
 */
public record StartInput(
        @NotNull(message = "{buddy.trajectory.startDate.required}") @PlausibleDate LocalDate startOn,
        @PlausibleDate LocalDate plannedEnd,
        @Range(min = ProgrammeSettings.Limits.MIN_HOURS_TARGET, max = ProgrammeSettings.Limits.MAX_HOURS_TARGET,
                message = "{buddy.programme.hoursTarget.range}") Integer hoursTarget,
        @Valid @NotNull(message = "{buddy.agreement.required}") Agreement agreement) {
}
