package be.buddytrajectories.core.signup;

import be.buddytrajectories.core.intake.NewcomerIntake;
import be.buddytrajectories.core.person.HomeLocation;
import be.buddytrajectories.core.person.HostPersonLimits;
import be.buddytrajectories.core.person.SelfDescription;
import be.buddytrajectories.core.validation.PlainText;
import be.buddytrajectories.core.validation.SingleLine;
import be.buddytrajectories.search.profile.DutchLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What a case worker types into the public referral form. */
public record ReferralInput(
        @NotBlank(message = "{buddy.referral.caseWorker.required}") @SingleLine
        @Size(max = NewcomerIntake.Limits.CASE_WORKER_LENGTH, message = "{buddy.text.tooLong}") String caseWorkerName,
        @NotBlank(message = "{buddy.referral.organisation.required}") @SingleLine
        @Size(max = NewcomerIntake.Limits.CASE_WORKER_LENGTH, message = "{buddy.text.tooLong}") String organisation,
        @NotBlank(message = "{buddy.signup.email.required}") @Email(message = "{buddy.signup.email.format}")
        @Size(max = HostPersonLimits.EMAIL_LENGTH, message = "{buddy.text.tooLong}") String workEmail,
        @NotBlank(message = "{buddy.signup.firstName.required}") @SingleLine
        @Size(max = HostPersonLimits.NAME_LENGTH, message = "{buddy.text.tooLong}") String firstName,
        @NotBlank(message = "{buddy.signup.lastName.required}") @SingleLine
        @Size(max = HostPersonLimits.NAME_LENGTH, message = "{buddy.text.tooLong}") String lastName,
        @Pattern(regexp = SignupLimits.PHONE_PATTERN, message = "{buddy.signup.phone.format}") String phone,
        @Email(message = "{buddy.signup.email.format}")
        @Size(max = HostPersonLimits.EMAIL_LENGTH, message = "{buddy.text.tooLong}") String email,
        @Valid @NotNull(message = "{buddy.signup.place.required}") HomeLocation location,
        @NotEmpty(message = "{buddy.signup.languages.required}")
        @Size(max = SelfDescription.Limits.MAX_LANGUAGES, message = "{buddy.profile.languages.tooMany}")
        Set<@NotNull @Pattern(regexp = "[a-z]{2}", message = "{buddy.language.code.format}") String> languages,
        DutchLevel dutchLevel,
        boolean pntObliged,
        @NotBlank(message = "{buddy.referral.reason.required}") @PlainText
        @Size(max = SignupLimits.REASON_LENGTH, message = "{buddy.text.tooLong}") String reason,
        @AssertTrue(message = "{buddy.referral.agreed.required}") boolean newcomerAgreed) {

    /** A coordinator must be able to reach the newcomer. */
    @AssertTrue(message = "{buddy.referral.reachable}")
    boolean isReachable() {
        return phone != null && !phone.isBlank() || email != null && !email.isBlank();
    }
}
