package be.buddytrajectories.core.mail;

import be.buddytrajectories.core.validation.PlainText;
import be.buddytrajectories.core.validation.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The subject and body of a kind of mail, with {@code {name}} placeholders filled in when a mail is written.
 */
public record Wording(
        @NotBlank(message = "{buddy.mail.wording.subjectRequired}")
        @Size(max = OutgoingMail.Limits.SUBJECT_LENGTH, message = "{buddy.text.tooLong}") @SingleLine String subject,
        @NotBlank(message = "{buddy.mail.wording.bodyRequired}")
        @Size(max = OutgoingMail.Limits.WORDING_LENGTH, message = "{buddy.text.tooLong}") @PlainText String body) {
}
