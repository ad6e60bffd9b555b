package be.buddytrajectories.core.signup;

import be.buddytrajectories.core.person.HomeLocation;
import be.buddytrajectories.core.person.HostPersonLimits;
import be.buddytrajectories.core.person.SelfDescription;
import be.buddytrajectories.core.person.WeeklySlot;
import be.buddytrajectories.core.validation.PlainText;
import be.buddytrajectories.core.validation.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What a volunteer types into the public sign-up form. */
public record VolunteerSignupInput(
        @NotBlank(message = "{buddy.signup.firstName.required}") @SingleLine
        @Size(max = HostPersonLimits.NAME_LENGTH, message = "{buddy.text.tooLong}") String firstName,
        @NotBlank(message = "{buddy.signup.lastName.required}") @SingleLine
        @Size(max = HostPersonLimits.NAME_LENGTH, message = "{buddy.text.tooLong}") String lastName,
        @NotBlank(message = "{buddy.signup.email.required}") @Email(message = "{buddy.signup.email.format}")
        @Size(max = HostPersonLimits.EMAIL_LENGTH, message = "{buddy.text.tooLong}") String email,
        @Pattern(regexp = SignupLimits.PHONE_PATTERN, message = "{buddy.signup.phone.format}") String phone,
        @Valid @NotNull(message = "{buddy.signup.place.required}") HomeLocation location,
        @NotEmpty(message = "{buddy.signup.languages.required}")
        @Size(max = SelfDescription.Limits.MAX_LANGUAGES, message = "{buddy.profile.languages.tooMany}")
        Set<@NotNull @Pattern(regexp = "[a-z]{2}", message = "{buddy.language.code.format}") String> languages,
        @NotNull @Size(max = SignupLimits.MAX_INTERESTS, message = "{buddy.interests.tooMany}")
        Set<@NotBlank(message = "{buddy.interests.blank}") @SingleLine @Size(max = SelfDescription.Limits.INTEREST_LENGTH,
                message = "{buddy.text.tooLong}") String> interests,
        @NotEmpty(message = "{buddy.signup.availability.required}") Set<@Valid @NotNull WeeklySlot> availability,
        @NotBlank(message = "{buddy.signup.about.required}") @PlainText
        @Size(max = SelfDescription.Limits.ABOUT_LENGTH, message = "{buddy.text.tooLong}") String about,
        @AssertTrue(message = "{buddy.signup.consent.required}") boolean consent) {
}
