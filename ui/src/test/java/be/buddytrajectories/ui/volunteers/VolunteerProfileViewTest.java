package be.buddytrajectories.ui.volunteers;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.profile.Screening;
import be.buddytrajectories.core.profile.ScreeningInput;
import be.buddytrajectories.core.profile.ScreeningKind;
import be.buddytrajectories.core.training.TrainingKind;
import be.buddytrajectories.core.training.TrainingService;
import be.buddytrajectories.core.training.TrainingSession;
import be.buddytrajectories.core.training.TrainingSessionInput;
import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.GeoPoint;
import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.ui.shell.AccessDeniedView;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VolunteerProfileViewTest {

    private ViewFixture f;
    private long jan;

    @BeforeEach
    void start() {
        f = ViewFixture.start();
        jan = f.people.register(new NewPerson(PersonKind.VOLUNTEER, "Jan", "Peeters", null, null, 1975, Gender.M, null,
                "9000", "Gent", new GeoPoint(51.05, 3.72), List.of("nl", "en"), Set.of("fietsen"))).id();
        f.signInCoordinator();
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    @Test
    void buddyIntakeStartsFromWhatTheHostKnowsAndRegistersTheProfile() {
        UI.getCurrent().navigate(VolunteerProfileView.class, jan);
        assertThat(_get(H2.class).getText()).isEqualTo("Buddy-intake van Jan Peeters");
        _setValue(_get(Checkbox.class, spec -> spec.withId("buddy-profile-consent")), true);
        _click(_get(Button.class, spec -> spec.withId("buddy-profile-save")));

        var profile = f.bean(BuddyProfileService.class).find(jan).orElseThrow();
        assertThat(profile.conversationLanguages()).containsExactly("en", "nl");
        assertThat(profile.interests()).containsExactly("fietsen");
        assertThat(_get(H2.class).getText()).isEqualTo("Buddyprofiel van Jan Peeters");
    }

    @Test
    void capacityAndConsentAreRefusedAtTheirFields() {
        UI.getCurrent().navigate(VolunteerProfileView.class, jan);
        _setValue(_get(IntegerField.class, spec -> spec.withId("buddy-profile-capacity")), 5);
        _click(_get(Button.class, spec -> spec.withId("buddy-profile-save")));

        assertThat(_get(IntegerField.class, spec -> spec.withId("buddy-profile-capacity")).getErrorMessage())
                .isEqualTo("Een buddy neemt tussen 1 en 3 duo's tegelijk op.");
        assertThat(_get(Checkbox.class, spec -> spec.withId("buddy-profile-consent")).getErrorMessage())
                .isEqualTo("Toestemming met de versie van de privacytekst is verplicht.");
        assertThat(f.bean(BuddyProfileService.class).find(jan)).isEmpty();
    }

    @Test
    void theProfileSaysHowManyHoursOfTrainingTheBuddyHadInTheLastTwelveMonths() {
        long lotte = f.buddy("Lotte");
        f.signInCoordinator();
        TrainingService trainings = f.bean(TrainingService.class);
        for (int daysAgo : new int[] {400, 30, 2}) {
            TrainingSession session = trainings.plan(new TrainingSessionInput(TrainingKind.INTERVISION, "Intervisie",
                    ViewFixture.TODAY.minusDays(daysAgo), 150));
            trainings.recordAttendance(session.id(), session.version(), Set.of(lotte));
        }

        UI.getCurrent().navigate(VolunteerProfileView.class, lotte);

        assertThat(_get(Paragraph.class, spec -> spec.withId("buddy-profile-training-hours")).getText())
                .isEqualTo("Vorming in de laatste 12 maanden: 5 u in 2 sessies.");
    }

    @Test
    void theScreeningHistoryShowsNewestFirstAndTheFormRecordsOne() {
        long lotte = f.buddy("Lotte");
        f.signInCoordinator();
        f.bean(BuddyProfileService.class).recordScreening(lotte, new ScreeningInput(ScreeningKind.INTERVIEW,
                ViewFixture.TODAY.minusDays(40), "goed gesprek"));
        UI.getCurrent().navigate(VolunteerProfileView.class, lotte);

        _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-screening-kind")),
                ScreeningKind.CRIMINAL_RECORD_MODEL_2);
        _setValue(_get(DatePicker.class, spec -> spec.withId("buddy-screening-issued")),
                ViewFixture.TODAY.minusDays(3));
        _setValue(_get(TextField.class, spec -> spec.withId("buddy-screening-note")), "voor werk met kinderen");
        _click(_get(Button.class, spec -> spec.withId("buddy-screening-save")));

        @SuppressWarnings("unchecked")
        Grid<Screening> history = _get(Grid.class, spec -> spec.withId("buddy-screenings"));
        assertThat(GridKt._size(history)).isEqualTo(2);
        assertThat(GridKt._get(history, 0).kind()).isEqualTo(ScreeningKind.CRIMINAL_RECORD_MODEL_2);
        List<String> newest = GridKt._getFormattedRow(history, 0);
        assertThat(newest.get(0)).isEqualTo("uittreksel strafregister, model 2");
        assertThat(newest.get(1)).isEqualTo(Formats.date(history, ViewFixture.TODAY.minusDays(3)));
        assertThat(newest.get(2))
                .isEqualTo("geldig tot " + Formats.date(history, ViewFixture.TODAY.minusDays(3).plusMonths(36)));
        assertThat(newest.get(4)).isEqualTo("voor werk met kinderen");
        assertThat(GridKt._get(history, 1).kind()).isEqualTo(ScreeningKind.INTERVIEW);
        assertThat(_get(Paragraph.class, spec -> spec.withId("buddy-profile-facts")).getText())
                .contains("Gescreend: geldig tot");
    }

    @Test
    void aScreeningWithoutKindOrIssuedInTheFutureIsRefusedAndRecordsNothing() {
        long lotte = f.buddy("Lotte");
        f.signInCoordinator();
        UI.getCurrent().navigate(VolunteerProfileView.class, lotte);

        _click(_get(Button.class, spec -> spec.withId("buddy-screening-save")));
        assertThat(_get(ComboBox.class, spec -> spec.withId("buddy-screening-kind")).getErrorMessage())
                .isEqualTo("Kies wat voor screening het was.");
        _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-screening-kind")), ScreeningKind.REFERENCE);
        _setValue(_get(DatePicker.class, spec -> spec.withId("buddy-screening-issued")), ViewFixture.TODAY.plusDays(1));
        _click(_get(Button.class, spec -> spec.withId("buddy-screening-save")));

        assertThat(f.bean(BuddyProfileService.class).screenings(lotte)).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<Screening> history = _get(Grid.class, spec -> spec.withId("buddy-screenings"));
        assertThat(GridKt._size(history)).isZero();
    }

    @Test
    void anotherBuddyIsRefusedThisProfile() {
        f.signInBuddy(jan + 100);
        UI.getCurrent().navigate(VolunteerProfileView.class, jan);

        _assertNone(VolunteerProfileView.class);
        _get(AccessDeniedView.class);
    }
}
