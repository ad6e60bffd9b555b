package be.buddytrajectories.core.mail;

import be.buddytrajectories.core.validation.PlainText;
import jakarta.validation.constraints.Size;

/**
 * What the coordinator adds to an introduction: a message of his own, and whether buddy and newcomer may see each
 * other's e-mail address and phone number.
 */
public record IntroductionInput(
        @Size(max = IntroductionInput.MESSAGE_LENGTH, message = "{buddy.text.tooLong}") @PlainText String message,
        boolean shareContactDetails) {

    public static final int MESSAGE_LENGTH = 1000;
}
