package be.buddytrajectories.core.programme;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A weight of a soft criterion of the matcher: from 0 (ignored) to {@link ProgrammeSettings.Limits#MAX_WEIGHT}. */
@Documented
@Constraint(validatedBy = {})
@DecimalMin("0")
@DecimalMax(ProgrammeSettings.Limits.MAX_WEIGHT)
@ReportAsSingleViolation
@Target(FIELD)
@Retention(RUNTIME)
@interface MatchWeight {

    String message() default "{buddy.programme.weight.range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
