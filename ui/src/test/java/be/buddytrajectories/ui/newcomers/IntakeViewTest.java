package be.buddytrajectories.ui.newcomers;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.intake.FamilySituation;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.search.profile.DutchLevel;
import be.buddytrajectories.search.profile.Goal;
import be.buddytrajectories.ui.shell.AccessDeniedView;
import be.buddytrajectories.ui.shell.Places;
import be.buddytrajectories.ui.testing.Notices;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class IntakeViewTest {

    private ViewFixture f;

    @BeforeEach
    void start() {
        f = ViewFixture.start();
        f.signInCoordinator();
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    @Test
    void registeringANewPersonPutsHerOnTheWaitingListAndOpensHerPage() {
        UI.getCurrent().navigate(IntakeView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("buddy-intake-first-name")), "Rasha");
        _setValue(_get(TextField.class, spec -> spec.withId("buddy-intake-last-name")), "Khalil");
        _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-intake-gender")), Gender.F);
        _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-intake-place")), Places.ALL.get(0));
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withId("buddy-intake-languages")), Set.of("ar"));
        _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-intake-dutch-level")), DutchLevel.A0);
        _setValue(_get(CheckboxGroup.class, spec -> spec.withId("buddy-intake-goals")), Set.of(Goal.SOCIAL_NETWORK));
        _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-intake-family")), FamilySituation.SINGLE);
        _setValue(_get(Checkbox.class, spec -> spec.withId("buddy-intake-consent")), true);
        _click(_get(Button.class, spec -> spec.withId("buddy-intake-save")));

        Person rasha = f.people.search(new be.buddytrajectories.hostapi.PersonQuery(PersonKind.NEWCOMER, "Rasha", 0, 5))
                .people().get(0);
        assertThat(f.bean(TrajectoryService.class).waitingList()).anyMatch(w -> w.newcomerId() == rasha.id());
        assertThat(_get(H2.class, spec -> spec.withId("buddy-newcomer-name")).getText()).isEqualTo("Rasha Khalil");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPlaceOutsideTheRegionIsTypedAsPostcodeAndNameAndPlacedAtItsCentre() {
        UI.getCurrent().navigate(IntakeView.class);
        ComboBox<Places.Place> place = _get(ComboBox.class, spec -> spec.withId("buddy-intake-place"));

        ComboBoxKt._fireCustomValueSet(place, "1234 Atlantis");
        assertThat(place.isInvalid()).isTrue();
        assertThat(place.getErrorMessage()).contains("\"1234 Atlantis\"", "2000 Antwerpen");
        ComboBoxKt._fireCustomValueSet(place, "3000 Leuven");

        assertThat(place.isInvalid()).isFalse();
        assertThat(place.getValue().label()).isEqualTo("3000 Leuven");
        assertThat(place.getValue().latitude()).isBetween(50.85, 50.91);
        assertThat(place.getValue().longitude()).isBetween(4.67, 4.73);
    }

    @Test
    void anEmptyFormShowsTheMessagesAtTheFieldsAndRegistersNobody() {
        UI.getCurrent().navigate(IntakeView.class);
        _click(_get(Button.class, spec -> spec.withId("buddy-intake-save")));

        assertThat(_get(TextField.class, spec -> spec.withId("buddy-intake-first-name")).getErrorMessage())
                .isEqualTo("Dit veld is verplicht.");
        assertThat(f.people.count(PersonKind.NEWCOMER)).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyRequiredFieldIsMarkedAndAnEmptySaveShowsAllProblemsAtOnceWithTheirCount() {
        UI.getCurrent().navigate(IntakeView.class);
        TextField firstName = _get(TextField.class, spec -> spec.withId("buddy-intake-first-name"));
        ComboBox<FamilySituation> family = _get(ComboBox.class, spec -> spec.withId("buddy-intake-family"));
        Checkbox consent = _get(Checkbox.class, spec -> spec.withId("buddy-intake-consent"));
        CheckboxGroup<Goal> goals = _get(CheckboxGroup.class, spec -> spec.withId("buddy-intake-goals"));
        ComboBox<?> place = _get(ComboBox.class, spec -> spec.withId("buddy-intake-place"));
        ComboBox<?> dutchLevel = _get(ComboBox.class, spec -> spec.withId("buddy-intake-dutch-level"));
        List<AbstractField<?, ?>> required = List.of(firstName, family, consent, goals, place, dutchLevel);
        for (AbstractField<?, ?> field : required) {
            assertThat(field.isRequiredIndicatorVisible()).as(field.getId().orElseThrow()).isTrue();
        }
        assertThat(_get(TextField.class, spec -> spec.withId("buddy-intake-profession")).isRequiredIndicatorVisible())
                .isFalse();

        _click(_get(Button.class, spec -> spec.withId("buddy-intake-save")));

        for (AbstractField<?, ?> field : required) {
            assertThat(((HasValidation) field).isInvalid()).as(field.getId().orElseThrow()).isTrue();
        }
        assertThat(family.getErrorMessage()).isNotBlank();
        assertThat(Notices.texts()).anyMatch(text -> text.matches("\\d+ velden vragen aandacht\\."));
        assertThat(f.people.count(PersonKind.NEWCOMER)).isZero();
    }

    @Test
    void theServicesMessagesShowAtTheFieldsOfAKnownNewcomer() {
        long amina = f.people.add(PersonKind.NEWCOMER, "Amina", "Haddad").id();
        UI.getCurrent().navigate(IntakeView.class, amina);
        _click(_get(Button.class, spec -> spec.withId("buddy-intake-save")));

        assertThat(_get(ComboBox.class, spec -> spec.withId("buddy-intake-dutch-level")).getErrorMessage())
                .isEqualTo("Kies het niveau Nederlands van de nieuwkomer.");
        assertThat(_get(CheckboxGroup.class, spec -> spec.withId("buddy-intake-goals")).getErrorMessage())
                .isEqualTo("Kies minstens één doel.");
        assertThat(_get(Checkbox.class, spec -> spec.withId("buddy-intake-consent")).getErrorMessage())
                .contains("Toestemming");
        assertThat(f.bean(TrajectoryService.class).waitingList()).isEmpty();
    }

    @Test
    void buddyIsRefusedBeforeAnyoneCanBeRegistered() {
        f.signInBuddy(7L);
        UI.getCurrent().navigate(IntakeView.class);

        _assertNone(IntakeView.class);
        _get(AccessDeniedView.class);
    }
}
