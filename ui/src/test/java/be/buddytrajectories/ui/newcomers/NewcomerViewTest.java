package be.buddytrajectories.ui.newcomers;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.intake.FamilySituation;
import be.buddytrajectories.core.intake.NewcomerIntakeService;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.search.profile.Goal;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class NewcomerViewTest {

    private ViewFixture f;

    @BeforeEach
    void start() {
        f = ViewFixture.start();
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    private static String detail(String id) {
        return _get(Span.class, spec -> spec.withId("buddy-newcomer-detail-" + id)).getText();
    }

    @Test
    void theNewcomersPageShowsWhatTheIntakeSaysUnderTheFieldLabels() {
        Trajectory amina = f.waiting("Amina", true);
        UI.getCurrent().navigate(NewcomerView.class, amina.newcomerId());

        assertThat(detail("goals")).isEqualTo("Nederlands oefenen");
        assertThat(detail("family")).isEqualTo("alleenstaand");
        assertThat(detail("availability")).isEqualTo("woensdag avond");
        assertThat(detail("interests")).isEqualTo("football");
        assertThat(detail("place")).isEqualTo("9000 Gent");
        assertThat(detail("profession")).isEqualTo("—");
        assertThat(detail("about")).isEqualTo("Ik ben sinds vorig jaar in Gent.");
    }

    @Test
    void theIntakeIsEditedFromTheNewcomersPageAndKeepsItsConsent() {
        Trajectory amina = f.waiting("Amina", false);
        UI.getCurrent().navigate(NewcomerView.class, amina.newcomerId());

        _click(_get(Button.class, spec -> spec.withId("buddy-newcomer-edit-intake")));
        assertThat(_get(H2.class).getText()).isEqualTo("Intake van Amina Haddad");
        assertThat(_get(CheckboxGroup.class, spec -> spec.withId("buddy-intake-goals")).getValue())
                .isEqualTo(Set.of(Goal.PRACTISE_DUTCH));
        assertThat(_get(Checkbox.class, spec -> spec.withId("buddy-intake-consent")).getValue()).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withId("buddy-intake-profession")), "verpleegkundige");
        _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-intake-family")), FamilySituation.SINGLE_PARENT);
        _click(_get(Button.class, spec -> spec.withId("buddy-intake-save")));

        assertThat(detail("profession")).isEqualTo("verpleegkundige");
        assertThat(detail("family")).isEqualTo("alleenstaande ouder");
        var intake = f.bean(NewcomerIntakeService.class).find(amina.newcomerId()).orElseThrow();
        assertThat(intake.consent().givenOn()).isEqualTo(ViewFixture.TODAY);
        assertThat(intake.goals()).containsExactly(Goal.PRACTISE_DUTCH);
    }
}
