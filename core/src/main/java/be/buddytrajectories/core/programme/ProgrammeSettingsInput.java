package be.buddytrajectories.core.programme;

import be.buddytrajectories.core.programme.ProgrammeSettings.Limits;
import be.buddytrajectories.search.profile.MatchWeights;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.Range;

/** An admin's edit of the programme settings; the weights' version is assigned by the settings, not the form. */
public record ProgrammeSettingsInput(
        @Range(min = Limits.MIN_HOURS_TARGET, max = Limits.MAX_HOURS_TARGET, message = "{buddy.programme.hoursTarget.range}") int hoursTarget,
        @Range(min = Limits.MIN_DURATION_MONTHS, max = Limits.MAX_DURATION_MONTHS, message = "{buddy.programme.duration.range}") int plannedDurationMonths,
        @NotBlank(message = "{buddy.programme.checkInSchedule.format}")
        @Pattern(regexp = Limits.CHECK_IN_SCHEDULE_PATTERN, message = "{buddy.programme.checkInSchedule.format}")
        String checkInSchedule,
        @Range(min = 1, max = Limits.MAX_CHECK_IN_REPEAT_MONTHS, message = "{buddy.programme.checkInRepeat.range}")
        int checkInRepeatMonths,
        @Range(min = 1, max = Limits.MAX_NO_CONTACT_DAYS, message = "{buddy.programme.noContact.range}") int noContactWarningDays,
        @Range(min = 1, max = Limits.MAX_NO_CONTACT_DAYS, message = "{buddy.programme.noContact.range}") int noContactAlertDays,
        @Range(min = 0, max = Limits.MAX_END_WARNING_DAYS, message = "{buddy.programme.endWarning.range}")
        int plannedEndWarningDays,
        boolean trainingRequired,
        boolean screeningRequired,
        @Range(min = Limits.MIN_SCREENING_VALID_MONTHS, max = Limits.MAX_SCREENING_VALID_MONTHS,
                message = "{buddy.programme.screeningValidMonths.range}") int screeningValidMonths,
        boolean groupActivitiesCount,
        boolean otherActivitiesCount,
        @Range(min = 1, max = Limits.MAX_DISTANCE_KM, message = "{buddy.programme.maxDistance.range}") int maxDistanceKm,
        @Range(min = 1, max = Limits.MAX_RETENTION_MONTHS, message = "{buddy.programme.retention.range}") int retentionMonths,
        @NotNull MatchWeights weights) {

    /** The current settings as a form starts from them. */
    public static ProgrammeSettingsInput of(ProgrammeSettings s) {
        return new ProgrammeSettingsInput(s.hoursTarget(), s.plannedDurationMonths(), s.checkInSchedule(),
                s.checkInRepeatMonths(), s.noContactWarningDays(), s.noContactAlertDays(), s.plannedEndWarningDays(),
                s.trainingRequired(), s.screeningRequired(), s.screeningValidMonths(), s.groupActivitiesCount(),
                s.otherActivitiesCount(), s.maxDistanceKm(), s.retentionMonths(), s.matchWeights());
    }

    @AssertTrue(message = "{buddy.programme.noContact.order}")
    boolean isNoContactWarningBeforeAlert() {
        return noContactWarningDays < noContactAlertDays;
    }
}
