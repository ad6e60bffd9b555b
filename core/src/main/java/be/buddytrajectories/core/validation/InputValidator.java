package be.buddytrajectories.core.validation;

import be.buddytrajectories.hostapi.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/** Validates service inputs before anything is read or written, with messages in the user's language. */
@ApplicationScoped
public class InputValidator {

    private final Validator validator;

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
}
