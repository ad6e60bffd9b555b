package be.buddytrajectories.core.contact;

import be.buddytrajectories.core.validation.PlainText;
import be.buddytrajectories.core.validation.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.validator.constraints.Range;

/** A participation activity a coordinator confirms for a duo's newcomer. */
public record OtherActivityInput(
        @NotNull(message = "{buddy.contact.date.required}") @PlausibleDate LocalDate doneOn,
        @Range(min = Contact.Limits.MIN_MINUTES, max = Contact.Limits.MAX_MINUTES,
                message = "{buddy.contact.minutes.range}") int minutes,
        @NotBlank(message = "{buddy.otherActivity.description.required}") @PlainText
        @Size(max = OtherActivity.Limits.DESCRIPTION_LENGTH, message = "{buddy.text.tooLong}") String description) {
}
