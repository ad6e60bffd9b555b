package be.buddytrajectories.core.activity;

import be.buddytrajectories.core.attendance.AttendedSession;
import be.buddytrajectories.core.validation.PlausibleDate;
import be.buddytrajectories.core.validation.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.validator.constraints.Range;

/** A group activity a coordinator plans. */
public record GroupActivityInput(
        @NotBlank(message = "{buddy.session.title.required}") @SingleLine
        @Size(max = AttendedSession.TITLE_LENGTH, message = "{buddy.text.tooLong}") String title,
        @NotNull(message = "{buddy.session.date.required}") @PlausibleDate LocalDate heldOn,
        @Range(min = AttendedSession.MIN_MINUTES, max = AttendedSession.MAX_MINUTES, message = "{buddy.contact.minutes.range}")
        int minutes) {
}
