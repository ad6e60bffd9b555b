package be.buddytrajectories.core.contact;

import be.buddytrajectories.core.contact.Contact.Limits;
import be.buddytrajectories.core.validation.PlainText;
import be.buddytrajectories.core.validation.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.validator.constraints.Range;

/**
 * "We met", as logged in one call.
 *
 * @param onBehalfOf      for a coordinator: NEWCOMER when the newcomer told him, else null (himself); ignored for a
 *                        buddy, who always logs as BUDDY
 * @param coordinatorNote for coordinators only; a buddy cannot write one
 */
public record ContactInput(
        long trajectoryId,
        @NotNull(message = "{buddy.contact.date.required}") @PlausibleDate LocalDate metOn,
        @Range(min = Limits.MIN_MINUTES, max = Limits.MAX_MINUTES, message = "{buddy.contact.minutes.range}")
        int minutes,
        @NotNull(message = "{buddy.contact.activity.required}") ActivityType activityType,
        boolean dutchPractised,
        boolean discoveredNew,
        LoggedBy onBehalfOf,
        @PlainText @Size(max = Limits.NOTE_LENGTH, message = "{buddy.text.tooLong}") String coordinatorNote) {
}
