package be.buddytrajectories.ui.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.intake.NewcomerIntakeService;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.ui.shell.AccessDeniedView;
import be.buddytrajectories.ui.testing.Downloads;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class PrivacyViewTest {

    private ViewFixture f;
    private Person amina;

    @BeforeEach
    void start() {
        f = ViewFixture.start();
        Trajectory waiting = f.waiting("Amina", false);
        amina = f.people.find(waiting.newcomerId()).orElseThrow();
        f.signInAdmin();
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    @Test
    void choosingAPersonOffersTheExportAndErasingNeedsAConfirmation() {
        UI.getCurrent().navigate(PrivacyView.class);
        _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-privacy-person")), amina);
        String export = new String(Downloads.of(_get(Anchor.class, spec -> spec.withId("buddy-privacy-export"))),
                StandardCharsets.UTF_8);
        assertThat(export).startsWith("{").contains(Long.toString(amina.id()));

        _click(_get(Button.class, spec -> spec.withId("buddy-privacy-erase")));
        assertThat(_get(Checkbox.class, spec -> spec.withId("buddy-privacy-confirm")).getErrorMessage())
                .isEqualTo("Bevestig eerst dat je wil wissen.");
        assertThat(f.bean(NewcomerIntakeService.class).find(amina.id())).isPresent();

        _setValue(_get(Checkbox.class, spec -> spec.withId("buddy-privacy-confirm")), true);
        _click(_get(Button.class, spec -> spec.withId("buddy-privacy-erase")));
        assertThat(f.bean(NewcomerIntakeService.class).find(amina.id())).isEmpty();
    }

    @Test
    void thePickerFindsAPersonFarBeyondTheFirstThousandByWhatTheAdminTypes() {
        for (int i = 1; i <= 1_500; i++) {
            f.people.add(PersonKind.VOLUNTEER, "Vrijwilliger", "Aerts" + i);
        }
        f.people.add(PersonKind.VOLUNTEER, "Zeger", "Zwart");
        UI.getCurrent().navigate(PrivacyView.class);
        ComboBox<Person> picker = _get(ComboBox.class, spec -> spec.withId("buddy-privacy-person"));

        ComboBoxKt.setUserInput(picker, "Zwart");

        assertThat(ComboBoxKt.getSuggestionItems(picker)).extracting(Person::lastName).containsExactly("Zwart");
    }

    @Test
    void coordinatorIsRefusedErasure() {
        f.signInCoordinator();
        UI.getCurrent().navigate(PrivacyView.class);

        _assertNone(PrivacyView.class);
        _get(AccessDeniedView.class);
    }
}
