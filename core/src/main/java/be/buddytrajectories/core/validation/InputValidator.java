package be.buddytrajectories.core.validation;

import be.buddytrajectories.hostapi.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Validates service inputs before anything is read or written, with messages in the user's language. */
@ApplicationScoped
public class InputValidator {

    private final Validator validator;
    private final Map<Locale, Validator> byLanguage = new ConcurrentHashMap<>();

    @Inject
    public InputValidator(CurrentUser user) {
        this.validator = BuddyValidation.factory(user::locale).getValidator();
    }

    /** @throws ConstraintViolationException listing every violation, when the input breaks a constraint */
    public <T> T check(T input) {
        if (input == null) {
            throw new IllegalArgumentException("input is required");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return input;
    }

    /**
     * As {@link #check(Object)}, with messages in {@code language} rather than the signed-in user's: for public
     * forms, whose visitor is anonymous.
     */
    public <T> T check(T input, Locale language) {
        if (input == null) {
            throw new IllegalArgumentException("input is required");
        }
        // Keyed by the two languages the messages exist in, so that odd browser locales cannot grow the map.
        Locale supported = language != null && language.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT;
        Set<ConstraintViolation<T>> violations = byLanguage
                .computeIfAbsent(supported, l -> BuddyValidation.factory(() -> l).getValidator()).validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return input;
    }
}
