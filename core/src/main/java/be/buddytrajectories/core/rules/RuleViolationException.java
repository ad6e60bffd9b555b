package be.buddytrajectories.core.rules;

import java.util.Locale;

/**
 * A business rule forbids what was asked (e.g. pausing a duo that has not started). Nothing was changed.
 * {@link #getMessage()} is the English text, for logs; a view shows {@link #message(Locale)}.
 */
public class RuleViolationException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolationException(String messageKey, Object... arguments) {
        super(DomainMessages.text(messageKey, Locale.ENGLISH, arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The bundle key, e.g. {@code buddy.trajectory.transition.forbidden}. */
    public String messageKey() {
        return messageKey;
    }

    /** The message in the user's language (Dutch unless English is asked for). */
    public String message(Locale locale) {
        return DomainMessages.text(messageKey, locale, arguments);
    }
}
