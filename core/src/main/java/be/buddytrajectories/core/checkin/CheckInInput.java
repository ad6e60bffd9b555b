package be.buddytrajectories.core.checkin;

import be.buddytrajectories.core.checkin.CheckIn.Limits;
import be.buddytrajectories.core.validation.PlainText;
import be.buddytrajectories.core.validation.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.validator.constraints.Range;

/** The pulse a coordinator notes after a check-in. */
public record CheckInInput(
        @NotNull(message = "{buddy.checkIn.date.required}") @PlausibleDate LocalDate doneOn,
        @NotNull(message = "{buddy.checkIn.pulse.range}")
        @Range(min = Limits.MIN_PULSE, max = Limits.MAX_PULSE, message = "{buddy.checkIn.pulse.range}") Integer fitPulse,
        @NotNull(message = "{buddy.checkIn.rhythm.required}") Boolean rhythmOk,
        @PlainText @Size(max = Limits.TEXT_LENGTH, message = "{buddy.text.tooLong}") String concerns,
        @PlainText @Size(max = Limits.TEXT_LENGTH, message = "{buddy.text.tooLong}") String note) {
}
