package be.buddytrajectories.core.profile;

import be.buddytrajectories.core.person.Consent;
import be.buddytrajectories.core.person.HomeLocation;
import be.buddytrajectories.core.person.LanguageSkill;
import be.buddytrajectories.core.person.SelfDescription;
import be.buddytrajectories.core.person.WeeklySlot;
import be.buddytrajectories.core.profile.BuddyProfile.Limits;
import be.buddytrajectories.core.validation.PlainText;
import be.buddytrajectories.core.validation.SingleLine;
import be.buddytrajectories.hostapi.Gender;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.hibernate.validator.constraints.Range;

/** What a volunteer tells the programme at buddy intake or later, as a form submits it. */
public record BuddyProfileInput(
        @NotEmpty(message = "{buddy.profile.languages.required}")
        @Size(max = SelfDescription.Limits.MAX_LANGUAGES, message = "{buddy.profile.languages.tooMany}")
        Set<@Valid @NotNull LanguageSkill> languages,
        @NotNull @Size(max = SelfDescription.Limits.MAX_INTERESTS, message = "{buddy.interests.tooMany}")
        Set<@NotBlank(message = "{buddy.interests.blank}") @SingleLine @Size(max = SelfDescription.Limits.INTEREST_LENGTH,
                message = "{buddy.text.tooLong}") String> interests,
        @PlainText @Size(max = SelfDescription.Limits.NOTE_LENGTH, message = "{buddy.text.tooLong}") String interestsNote,
        @PlainText @Size(max = SelfDescription.Limits.ABOUT_LENGTH, message = "{buddy.text.tooLong}") String about,
        @SingleLine @Size(max = SelfDescription.Limits.PROFESSION_LENGTH, message = "{buddy.text.tooLong}") String profession,
        @PlainText @Size(max = SelfDescription.Limits.ABOUT_LENGTH, message = "{buddy.text.tooLong}") String experience,
        @NotNull Set<@Valid @NotNull WeeklySlot> availability,
        @Valid @NotNull(message = "{buddy.location.required}") HomeLocation location,
        @Range(min = Limits.MIN_TRAVEL_KM, max = Limits.MAX_TRAVEL_KM, message = "{buddy.profile.travel.range}") int maxTravelKm,
        @Range(min = Limits.MIN_CAPACITY, max = Limits.MAX_CAPACITY, message = "{buddy.profile.capacity.range}") int capacity,
        Gender preferredNewcomerGender,
        @Range(min = Limits.MIN_AGE, max = Limits.MAX_AGE, message = "{buddy.profile.age.range}") Integer preferredMinAge,
        @Range(min = Limits.MIN_AGE, max = Limits.MAX_AGE, message = "{buddy.profile.age.range}") Integer preferredMaxAge,
        boolean childrenWelcome,
        boolean hasChildren,
        @Valid @NotNull(message = "{buddy.consent.required}") Consent consent) implements SelfDescription.Told {

    @AssertTrue(message = "{buddy.profile.age.order}")
    boolean isAgeBandOrdered() {
        return preferredMinAge == null || preferredMaxAge == null || preferredMinAge <= preferredMaxAge;
    }
}
