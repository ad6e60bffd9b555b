package be.buddytrajectories.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.alerts.AlertKind;
import be.buddytrajectories.core.profile.ScreeningKind;
import be.buddytrajectories.core.audit.AuditAction;
import be.buddytrajectories.core.contact.ActivityType;
import be.buddytrajectories.core.contact.LoggedBy;
import be.buddytrajectories.core.intake.FamilySituation;
import be.buddytrajectories.core.outcome.MeasureMoment;
import be.buddytrajectories.core.person.DayPart;
import be.buddytrajectories.core.training.TrainingKind;
import be.buddytrajectories.core.trajectory.EndReason;
import be.buddytrajectories.core.trajectory.FitCheck;
import be.buddytrajectories.core.trajectory.TrajectoryStatus;
import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.search.profile.BuddyStatus;
import be.buddytrajectories.search.profile.Goal;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class LabelsTest {

    /** Every enum a view shows through {@link Labels}. */
    private static final List<Class<? extends Enum<?>>> SHOWN = List.of(TrajectoryStatus.class, EndReason.class,
            FitCheck.class, LoggedBy.class, Goal.class, FamilySituation.class,
            Gender.class, DayPart.class, BuddyStatus.class, AuditAction.class,
            AlertKind.class, TrainingKind.class, PersonKind.class, MeasureMoment.class, ScreeningKind.class);

    @Test
    void everyValueOfAShownEnumHasADutchAndAnEnglishLabel() {
        for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
            ResourceBundle bundle = bundle(BuddyTranslations.BASE_NAME, locale);
            for (Class<? extends Enum<?>> type : SHOWN) {
                for (Enum<?> value : type.getEnumConstants()) {
                    assertThat(bundle.containsKey("buddy.enum." + type.getSimpleName() + "." + value.name()))
                            .as("%s label of %s.%s", locale, type.getSimpleName(), value.name()).isTrue();
                }
            }
        }
    }

    /** One name per activity: the screens and the proof of participation read the same bundle. */
    @Test
    void everyActivityHasOneNameInDutchAndEnglishWhichTheScreensAndTheProofShare() {
        for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
            ResourceBundle activities = bundle(new ActivityTranslations().baseName(), locale);
            assertThat(bundle(BuddyTranslations.BASE_NAME, locale).keySet()).as("activity names of the screens alone")
                    .noneMatch(k -> k.startsWith("buddy.enum.ActivityType."));
            for (ActivityType type : ActivityType.values()) {
                assertThat(type.label(locale)).as("%s %s", locale, type).isEqualTo(activities.getString(type.key()));
            }
        }
        assertThat(ActivityType.COFFEE_OR_MEAL.label(Locale.forLanguageTag("nl"))).isEqualTo("Koffie of eten");
    }

    private static ResourceBundle bundle(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
