package be.buddytrajectories.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date of the programme's lifetime, between {@link #EARLIEST} and {@link #LATEST}; null is valid. A typo such as
 * year 0202 or 20266 would otherwise be stored (and the year 1 read back shifted by the Julian calendar of JDBC).
 */
@Documented
@Constraint(validatedBy = PlausibleDate.Validator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PlausibleDate {

    /** The earliest date anyone enters: consents, screenings and meetings all lie after it. */
    LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** The latest date a plan reaches. */
    LocalDate LATEST = LocalDate.of(2199, 12, 31);

    String message() default "{buddy.date.range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlausibleDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || (!value.isBefore(EARLIEST) && !value.isAfter(LATEST));
        }
    }
}
