package be.buddytrajectories.ui.admin;

import be.buddytrajectories.core.programme.ProgrammeSettings.Limits;
import be.buddytrajectories.core.programme.ProgrammeSettingsInput;
import be.buddytrajectories.search.profile.MatchWeights;
import be.buddytrajectories.ui.shell.FieldErrors;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/** The programme's settings and the matcher's weights; fires {@link Submitted}. */
class SettingsForm extends FormLayout {

    private final IntegerField hoursTarget = integer("buddy-settings-hours-target", "buddy.settings.hoursTarget");
    private final IntegerField duration = integer("buddy-settings-duration", "buddy.settings.duration");
    private final TextField schedule = new TextField(getTranslation("buddy.settings.checkInSchedule"));
    private final IntegerField repeat = integer("buddy-settings-repeat", "buddy.settings.checkInRepeat");
    private final IntegerField warning = integer("buddy-settings-no-contact-warning", "buddy.settings.noContactWarning");
    private final IntegerField alert = integer("buddy-settings-no-contact-alert", "buddy.settings.noContactAlert");
    private final IntegerField endWarning = integer("buddy-settings-end-warning", "buddy.settings.endWarning");
    private final Checkbox training = new Checkbox(getTranslation("buddy.settings.trainingRequired"));
    private final Checkbox screening = new Checkbox(getTranslation("buddy.settings.screeningRequired"));
    private final Checkbox groupActivities = new Checkbox(getTranslation("buddy.settings.groupActivitiesCount"));
    private final Checkbox otherActivities = new Checkbox(getTranslation("buddy.settings.otherActivitiesCount"));
    private final IntegerField screeningValid = integer("buddy-settings-screening-valid-months",
            "buddy.settings.screeningValidMonths");
    private final IntegerField maxDistance = integer("buddy-settings-max-distance", "buddy.settings.maxDistance");
    private final IntegerField retention = integer("buddy-settings-retention", "buddy.settings.retention");
    private final NumberField languageLowDutch = weight("buddy-weight-language-low-dutch", "buddy.weight.languageLowDutch");
    private final NumberField language = weight("buddy-weight-language", "buddy.weight.language");
    private final NumberField interest = weight("buddy-weight-interest", "buddy.weight.interest");
    private final NumberField goalFit = weight("buddy-weight-goal-fit", "buddy.weight.goalFit");
    private final NumberField availability = weight("buddy-weight-availability", "buddy.weight.availability");
    private final NumberField distance = weight("buddy-weight-distance", "buddy.weight.distance");
    private final NumberField distancePivot = weight("buddy-weight-distance-pivot", "buddy.weight.distancePivot");
    private final NumberField about = weight("buddy-weight-about", "buddy.weight.about");
    private final NumberField family = weight("buddy-weight-family", "buddy.weight.family");
    private final NumberField age = weight("buddy-weight-age", "buddy.weight.age");
    private final IntegerField agePivot = integer("buddy-weight-age-pivot", "buddy.weight.agePivot");
    private final int weightsVersion;

    SettingsForm(ProgrammeSettingsInput current, FieldErrors errors) {
        schedule.setId("buddy-settings-check-in-schedule");
        training.setId("buddy-settings-training-required");
        screening.setId("buddy-settings-screening-required");
        groupActivities.setId("buddy-settings-group-activities-count");
        otherActivities.setId("buddy-settings-other-activities-count");
        weightsVersion = current.weights().version();
        hoursTarget.setValue(current.hoursTarget());
        duration.setValue(current.plannedDurationMonths());
        schedule.setValue(current.checkInSchedule());
        repeat.setValue(current.checkInRepeatMonths());
        warning.setValue(current.noContactWarningDays());
        alert.setValue(current.noContactAlertDays());
        endWarning.setValue(current.plannedEndWarningDays());
        training.setValue(current.trainingRequired());
        screening.setValue(current.screeningRequired());
        groupActivities.setValue(current.groupActivitiesCount());
        otherActivities.setValue(current.otherActivitiesCount());
        screeningValid.setValue(current.screeningValidMonths());
        screeningValid.setMin(Limits.MIN_SCREENING_VALID_MONTHS);
        screeningValid.setMax(Limits.MAX_SCREENING_VALID_MONTHS);
        screeningValid.setStepButtonsVisible(true);
        maxDistance.setValue(current.maxDistanceKm());
        retention.setValue(current.retentionMonths());
        MatchWeights w = current.weights();
        languageLowDutch.setValue(shown(w.sharedLanguageLowDutch()));
        language.setValue(shown(w.sharedLanguage()));
        interest.setValue(shown(w.interest()));
        goalFit.setValue(shown(w.goalFit()));
        availability.setValue(shown(w.availability()));
        distance.setValue(shown(w.distance()));
        distancePivot.setValue(w.distancePivotKm());
        about.setValue(shown(w.aboutSimilarity()));
        family.setValue(shown(w.familyFit()));
        age.setValue(shown(w.ageCloseness()));
        agePivot.setValue(w.agePivotYears());
        errors.on("hoursTarget", hoursTarget).on("plannedDurationMonths", duration).on("checkInSchedule", schedule)
                .on("checkInRepeatMonths", repeat).on("noContactWarningDays", warning)
                .on("noContactWarningBeforeAlert", warning).on("noContactAlertDays", alert)
                .on("plannedEndWarningDays", endWarning).on("screeningValidMonths", screeningValid)
                .on("maxDistanceKm", maxDistance)
                .on("retentionMonths", retention).on("weightSharedLanguageLowDutch", languageLowDutch)
                .on("weightSharedLanguage", language).on("weightInterest", interest).on("weightGoalFit", goalFit)
                .on("weightAvailability", availability).on("weightDistance", distance)
                .on("distancePivotKm", distancePivot).on("weightAboutSimilarity", about)
                .on("weightFamilyFit", family).on("weightAgeCloseness", age).on("agePivotYears", agePivot);
        Button save = new Button(getTranslation("buddy.settings.save"), e -> fireEvent(new Submitted(this, input())));
        save.setId("buddy-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        H3 weights = new H3(getTranslation("buddy.settings.weights"));
        add(hoursTarget, duration, schedule, repeat, warning, alert, endWarning, maxDistance, retention, training,
                screening, screeningValid, groupActivities, otherActivities, weights, languageLowDutch, language, interest, goalFit, availability,
                distance, distancePivot, about, family, age, agePivot, save);
        setColspan(weights, 2);
    }

    private IntegerField integer(String id, String labelKey) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }

    private NumberField weight(String id, String labelKey) {
        NumberField field = new NumberField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }

    private ProgrammeSettingsInput input() {
        return new ProgrammeSettingsInput(value(hoursTarget), value(duration), schedule.getValue(), value(repeat),
                value(warning), value(alert), value(endWarning), training.getValue(), screening.getValue(),
                value(screeningValid), groupActivities.getValue(), otherActivities.getValue(), value(maxDistance),
                value(retention), new MatchWeights(weightsVersion,
                value(languageLowDutch), value(language), value(interest), value(goalFit), value(availability), value(distance),
                distancePivot.getValue() == null ? 0 : distancePivot.getValue(), value(about), value(family),
                value(age), value(agePivot)));
    }

    /** An empty field is 0, which the settings' range checks refuse with their own message. */
    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    /** A float weight as the decimal it was typed as: 0.1f widened to double would show 0.10000000149011612. */
    private static double shown(float weight) {
        return Double.parseDouble(Float.toString(weight));
    }

    private static float value(NumberField field) {
        return field.getValue() == null ? 0f : field.getValue().floatValue();
    }

    Registration addSubmitListener(ComponentEventListener<Submitted> listener) {
        return addListener(Submitted.class, listener);
    }

    /** The settings as edited. */
    static class Submitted extends ComponentEvent<SettingsForm> {

        private final transient ProgrammeSettingsInput input;

        Submitted(SettingsForm source, ProgrammeSettingsInput input) {
            super(source, false);
            this.input = input;
        }

        ProgrammeSettingsInput input() {
            return input;
        }
    }
}
