package be.buddytrajectories.ui.training;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.activity.GroupActivity;
import be.buddytrajectories.core.activity.GroupActivityInput;
import be.buddytrajectories.core.activity.GroupActivityService;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.training.TrainingService;
import be.buddytrajectories.core.training.TrainingSession;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.ui.shell.AccessDeniedView;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.github.mvysny.kaributesting.v23.MultiselectComboBoxUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class TrainingsViewTest {

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
    void attendingABasicTrainingMarksTheBuddyTrained() {
        long lotte = f.buddy("Lotte");
        f.signInCoordinator();
        UI.getCurrent().navigate(TrainingsView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("buddy-training-title")), "Basisvorming maart");
        _setValue(_get(DatePicker.class, spec -> spec.withId("buddy-training-date")), ViewFixture.TODAY);
        _click(_get(Button.class, spec -> spec.withId("buddy-training-plan")));

        TrainingSession session = f.bean(TrainingService.class).sessions().get(0);
        Person person = f.people.find(lotte).orElseThrow();
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withId("buddy-training-attendance-" + session.id())),
                Set.of(person));
        _click(_get(Button.class, spec -> spec.withId("buddy-training-attendance-" + session.id() + "-save")));

        assertThat(f.bean(BuddyProfileService.class).find(lotte).orElseThrow().trained()).isTrue();
    }

    @Test
    void aSessionWithoutTitleOrDateIsRefusedAtTheFields() {
        f.signInCoordinator();
        UI.getCurrent().navigate(TrainingsView.class);
        _click(_get(Button.class, spec -> spec.withId("buddy-training-plan")));

        assertThat(_get(TextField.class, spec -> spec.withId("buddy-training-title")).isInvalid()).isTrue();
        assertThat(_get(DatePicker.class, spec -> spec.withId("buddy-training-date")).isInvalid()).isTrue();
        assertThat(f.bean(TrainingService.class).sessions()).isEmpty();
    }

    @Test
    void aGroupActivityTooLongIsRefusedAtTheMinutes() {
        f.signInCoordinator();
        UI.getCurrent().navigate(TrainingsView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("buddy-activity-title")), "Stadswandeling");
        _setValue(_get(DatePicker.class, spec -> spec.withId("buddy-activity-date")), ViewFixture.TODAY);
        _setValue(_get(IntegerField.class, spec -> spec.withId("buddy-activity-minutes")), 2000);
        _click(_get(Button.class, spec -> spec.withId("buddy-activity-plan")));

        assertThat(_get(IntegerField.class, spec -> spec.withId("buddy-activity-minutes")).getErrorMessage())
                .isEqualTo("Een ontmoeting duurt tussen 5 en 720 minuten.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anActivitysAttendanceFindsAnyoneInTheDirectoryAndKeepsWhoWasRecorded() {
        Trajectory amina = f.waiting("Amina", false);
        for (int i = 1; i <= 1_200; i++) {
            f.people.add(PersonKind.NEWCOMER, "Nieuwkomer", "Aerts" + i);
        }
        long zwart = f.people.add(PersonKind.NEWCOMER, "Zeger", "Zwart").id();
        f.signInCoordinator();
        GroupActivity walk = f.bean(GroupActivityService.class).plan(
                new GroupActivityInput("Stadswandeling", ViewFixture.TODAY, 90));
        f.bean(GroupActivityService.class).recordAttendance(walk.id(), walk.version(), Set.of(amina.newcomerId()));
        UI.getCurrent().navigate(TrainingsView.class);
        MultiSelectComboBox<Person> attendance = _get(MultiSelectComboBox.class,
                spec -> spec.withId("buddy-activity-attendance-" + walk.id()));
        assertThat(attendance.getValue()).extracting(Person::firstName).containsExactly("Amina");

        MultiselectComboBoxUtilsKt.setUserInput(attendance, "Zwart");

        assertThat(MultiselectComboBoxUtilsKt.getSuggestionItems(attendance)).extracting(Person::id).containsExactly(zwart);
    }

    @Test
    void buddyIsRefusedTheTrainings() {
        f.signInBuddy(7L);
        UI.getCurrent().navigate(TrainingsView.class);

        _assertNone(TrainingsView.class);
        _get(AccessDeniedView.class);
    }
}
