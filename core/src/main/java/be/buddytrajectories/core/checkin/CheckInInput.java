package be.buddytrajectories.core.checkin;

import be.buddytrajectories.core.checkin.CheckIn.Limits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.validator.constraints.Range;

/** The pulse a coordinator notes after a check-in. */
public record CheckInInput(
        @NotNull(message = "{buddy.checkIn.date.required}") LocalDate doneOn,
        @NotNull(message = "{buddy.checkIn.pulse.range}")
        @Range(min = Limits.MIN_PULSE, max = Limits.MAX_PULSE, message = "{buddy.checkIn.pulse.range}") Integer fitPulse,
        @NotNull(message = "{buddy.checkIn.rhythm.required}") Boolean rhythmOk,
        @Size(max = Limits.TEXT_LENGTH, message = "{buddy.text.tooLong}") String concerns,
        @Size(max = Limits.TEXT_LENGTH, message = "{buddy.text.tooLong}") String note) {
}
