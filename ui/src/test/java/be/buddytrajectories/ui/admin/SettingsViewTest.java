package be.buddytrajectories.ui.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.programme.ProgrammeSettingsService;
import be.buddytrajectories.ui.shell.AccessDeniedView;
import be.buddytrajectories.ui.testing.Notices;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SettingsViewTest {

    private ViewFixture f;

    @BeforeEach
    void start() {
        f = ViewFixture.start();
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    @Test
    void adminChangesTheHoursTargetAndAMatchingWeight() {
        f.signInAdmin();
        UI.getCurrent().navigate(SettingsView.class);
        assertThat(_get(IntegerField.class, spec -> spec.withId("buddy-settings-hours-target")).getValue()).isEqualTo(40);

        _setValue(_get(IntegerField.class, spec -> spec.withId("buddy-settings-hours-target")), 45);
        _setValue(_get(NumberField.class, spec -> spec.withId("buddy-weight-interest")), 2.5);
        _click(_get(Button.class, spec -> spec.withId("buddy-settings-save")));

        var saved = f.bean(ProgrammeSettingsService.class).current();
        assertThat(saved.hoursTarget()).isEqualTo(45);
        assertThat(saved.matchWeights().interest()).isEqualTo(2.5f);
    }

    @Test
    void adminLetsGroupAndOtherActivitiesCountTowardTheHours() {
        f.signInAdmin();
        UI.getCurrent().navigate(SettingsView.class);
        assertThat(_get(Checkbox.class, spec -> spec.withId("buddy-settings-group-activities-count")).getValue())
                .isFalse();

        _setValue(_get(Checkbox.class, spec -> spec.withId("buddy-settings-group-activities-count")), true);
        _setValue(_get(Checkbox.class, spec -> spec.withId("buddy-settings-other-activities-count")), true);
        _click(_get(Button.class, spec -> spec.withId("buddy-settings-save")));

        var saved = f.bean(ProgrammeSettingsService.class).current();
        assertThat(saved.groupActivitiesCount()).isTrue();
        assertThat(saved.otherActivitiesCount()).isTrue();
    }

    @Test
    void weightsShowAsTheDecimalsTheyWereSavedAs() {
        f.signInAdmin();
        UI.getCurrent().navigate(SettingsView.class);

        assertThat(_get(NumberField.class, spec -> spec.withId("buddy-weight-about")).getValue()).isEqualTo(0.1);
        assertThat(_get(NumberField.class, spec -> spec.withId("buddy-weight-family")).getValue()).isEqualTo(0.5);
    }

    @Test
    void outOfRangeValuesAreRefusedAtTheirFields() {
        f.signInAdmin();
        UI.getCurrent().navigate(SettingsView.class);
        _setValue(_get(IntegerField.class, spec -> spec.withId("buddy-settings-hours-target")), 0);
        _setValue(_get(IntegerField.class, spec -> spec.withId("buddy-settings-no-contact-warning")), 60);
        _click(_get(Button.class, spec -> spec.withId("buddy-settings-save")));

        assertThat(_get(IntegerField.class, spec -> spec.withId("buddy-settings-hours-target")).getErrorMessage())
                .isEqualTo("Het urendoel moet tussen 1 en 500 uur liggen.");
        assertThat(_get(IntegerField.class, spec -> spec.withId("buddy-settings-no-contact-warning")).getErrorMessage())
                .isEqualTo("De waarschuwing zonder contact moet vóór het alarm zonder contact komen.");
    }

    @Test
    void aCoordinatorsChangeIsRefusedByTheService() {
        f.signInCoordinator();
        UI.getCurrent().navigate(SettingsView.class);
        _click(_get(Button.class, spec -> spec.withId("buddy-settings-save")));

        assertThat(Notices.texts()).contains("Je rol laat dit niet toe. Vraag het aan een coördinator of beheerder als je het nodig hebt.");
    }

    @Test
    void buddyIsRefusedTheSettings() {
        f.signInBuddy(7L);
        UI.getCurrent().navigate(SettingsView.class);

        _assertNone(SettingsView.class);
        _get(AccessDeniedView.class);
    }
}
