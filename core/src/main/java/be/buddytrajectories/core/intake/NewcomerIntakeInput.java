package be.buddytrajectories.core.intake;

import be.buddytrajectories.core.intake.NewcomerIntake.Limits;
import be.buddytrajectories.core.person.Consent;
import be.buddytrajectories.core.person.HomeLocation;
import be.buddytrajectories.core.person.SelfDescription;
import be.buddytrajectories.core.person.WeeklySlot;
import be.buddytrajectories.core.validation.PlainText;
import be.buddytrajectories.core.validation.SingleLine;
import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.search.profile.DutchLevel;
import be.buddytrajectories.search.profile.Goal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A newcomer's intake as the coordinator's form submits it. */
public record NewcomerIntakeInput(
        @NotNull @Size(max = SelfDescription.Limits.MAX_LANGUAGES, message = "{buddy.intake.languages.tooMany}")
        Set<@NotNull @Pattern(regexp = "[a-zA-Z]{2}", message = "{buddy.language.code.format}") String> contactLanguages,
        @NotNull(message = "{buddy.intake.dutchLevel.required}") DutchLevel dutchLevel,
        @NotNull @Size(max = SelfDescription.Limits.MAX_INTERESTS, message = "{buddy.interests.tooMany}")
        Set<@NotBlank(message = "{buddy.interests.blank}") @SingleLine @Size(max = SelfDescription.Limits.INTEREST_LENGTH,
                message = "{buddy.text.tooLong}") String> interests,
        @PlainText @Size(max = SelfDescription.Limits.NOTE_LENGTH, message = "{buddy.text.tooLong}") String interestsNote,
        @NotNull(message = "{buddy.intake.goals.required}") @Size(min = 1, message = "{buddy.intake.goals.required}")
        Set<@NotNull Goal> goals,
        @PlainText @Size(max = SelfDescription.Limits.ABOUT_LENGTH, message = "{buddy.text.tooLong}") String about,
        @SingleLine @Size(max = SelfDescription.Limits.PROFESSION_LENGTH, message = "{buddy.text.tooLong}") String profession,
        @NotNull Set<@Valid @NotNull WeeklySlot> availability,
        @Valid @NotNull(message = "{buddy.location.required}") HomeLocation location,
        Gender buddyGenderPreference,
        @NotNull(message = "{buddy.intake.family.required}") FamilySituation familySituation,
        boolean pntObliged,
        @SingleLine @Size(max = Limits.CASE_WORKER_LENGTH, message = "{buddy.text.tooLong}") String caseWorkerName,
        @SingleLine @Size(max = Limits.CASE_WORKER_LENGTH, message = "{buddy.text.tooLong}") String caseWorkerAgency,
        @Valid @NotNull(message = "{buddy.consent.required}") Consent consent,
        boolean outcomeConsent) implements SelfDescription.Told {
}
