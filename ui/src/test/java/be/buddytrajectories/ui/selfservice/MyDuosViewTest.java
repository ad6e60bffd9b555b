package be.buddytrajectories.ui.selfservice;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.search.profile.BuddyStatus;
import be.buddytrajectories.ui.shell.AccessDeniedView;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class MyDuosViewTest {

    private ViewFixture f;
    private long lotte;
    private Trajectory duo;

    @BeforeEach
    void start() {
        f = ViewFixture.start();
        lotte = f.buddy("Lotte");
        duo = f.active("Amina", lotte);
        f.signInBuddy(lotte);
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    @Test
    void theBuddyLogsWeMetInTwoTapsAndSeesHisHoursMove() {
        UI.getCurrent().navigate(MyDuosView.class);
        assertThat(_get(H3.class, spec -> spec.withText("Amina")).isVisible()).isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("buddy-my-hours-" + duo.id())).getText())
                .isEqualTo("0 van 40 uur");

        _click(_get(Button.class, spec -> spec.withId("buddy-we-met-" + duo.id())));
        _click(_get(Button.class, spec -> spec.withId("buddy-we-met-" + duo.id() + "-WALK")));

        assertThat(_get(Span.class, spec -> spec.withId("buddy-my-hours-" + duo.id())).getText())
                .isEqualTo("1 van 40 uur");
    }

    @Test
    void theActivityButtonsWrapTheirNamesInsteadOfCuttingThemOffOnAPhone() {
        UI.getCurrent().navigate(MyDuosView.class);
        _click(_get(Button.class, spec -> spec.withId("buddy-we-met-" + duo.id())));

        Button practise = _get(Button.class, spec -> spec.withId("buddy-we-met-" + duo.id() + "-LANGUAGE_PRACTICE"));
        Span label = (Span) practise.getChildren().findFirst().orElseThrow();
        assertThat(label.getText()).isEqualTo("Nederlands oefenen");
        assertThat(label.getStyle().get("white-space")).isEqualTo("normal");
        assertThat(practise.getStyle().get("height")).isEqualTo("auto");
    }

    @Test
    void theBuddySetsHisAvailabilityCapacityAndPause() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(MyDuosView.class);
        _setValue(_get(Checkbox.class, spec -> spec.withId("buddy-me-availability-SAT_MORNING")), true);
        _setValue(_get(IntegerField.class, spec -> spec.withId("buddy-me-capacity")), 2);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("buddy-me-status")), BuddyStatus.PAUSED);
        _click(_get(Button.class, spec -> spec.withId("buddy-me-save")));

        var profile = f.bean(BuddyProfileService.class).find(lotte).orElseThrow();
        assertThat(profile.availabilityCodes()).containsExactly("SAT_MORNING", "WED_EVENING");
        assertThat(profile.capacity()).isEqualTo(2);
        assertThat(profile.status()).isEqualTo(BuddyStatus.PAUSED);
    }

    @Test
    void aCapacityOutOfRangeIsRefusedAtTheField() {
        UI.getCurrent().navigate(MyDuosView.class);
        _setValue(_get(IntegerField.class, spec -> spec.withId("buddy-me-capacity")), 9);
        _click(_get(Button.class, spec -> spec.withId("buddy-me-save")));

        assertThat(_get(IntegerField.class, spec -> spec.withId("buddy-me-capacity")).getErrorMessage())
                .isEqualTo("Een buddy neemt tussen 1 en 3 duo's tegelijk op.");
    }

    @Test
    void anAgreementWithoutGoalsIsRefusedAtTheField() {
        UI.getCurrent().navigate(MyDuosView.class);
        _setValue(_get(TextArea.class, spec -> spec.withId("buddy-agreement-goals")), "");
        _click(_get(Button.class, spec -> spec.withId("buddy-my-agreement-save-" + duo.id())));

        assertThat(_get(TextArea.class, spec -> spec.withId("buddy-agreement-goals")).getErrorMessage())
                .isEqualTo("Noteer de doelen van het duo.");
    }

    @Test
    void theBuddyEditsHisDuosAgreement() {
        UI.getCurrent().navigate(MyDuosView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("buddy-agreement-rhythm")), "om de twee weken");
        _click(_get(Button.class, spec -> spec.withId("buddy-my-agreement-save-" + duo.id())));

        f.signInCoordinator();
        assertThat(f.bean(TrajectoryService.class).find(duo.id()).agreement().orElseThrow().rhythm())
                .isEqualTo("om de twee weken");
    }

    @Test
    void aCoordinatorIsRefusedTheBuddysOwnScreen() {
        f.signInCoordinator();
        UI.getCurrent().navigate(MyDuosView.class);

        _assertNone(MyDuosView.class);
        _get(AccessDeniedView.class);
    }
}
