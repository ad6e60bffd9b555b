package be.buddytrajectories.ui.newcomers;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.intake.NewcomerIntakeInput;
import be.buddytrajectories.core.intake.NewcomerIntakeService;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.WaitingEntry;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.ui.matching.SuggestionsView;
import be.buddytrajectories.ui.shell.AccessDeniedView;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class NewcomersViewTest {

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
    void waitingListShowsPntObligedNewcomersFirstWithTheirWaitingTime() {
        f.waiting("Amina", false);
        Trajectory omar = f.waiting("Omar", true);
        f.signInCoordinator();
        UI.getCurrent().navigate(NewcomersView.class);

        Grid<WaitingEntry> grid = _get(Grid.class, spec -> spec.withId("buddy-waiting-list"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 0).newcomerId()).isEqualTo(omar.newcomerId());
        assertThat(GridKt._getFormatted(grid.getColumns().get(3), GridKt._get(grid, 0))).isEqualTo("0 dagen");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEmptyWaitingListSaysSoInsteadOfShowingABlankTable() {
        f.signInCoordinator();
        UI.getCurrent().navigate(NewcomersView.class);

        Grid<WaitingEntry> grid = _get(Grid.class, spec -> spec.withId("buddy-waiting-list"));
        assertThat(GridKt._size(grid)).isZero();
        assertThat(grid.getEmptyStateText()).isEqualTo("Niemand staat op de wachtlijst.");
    }

    @Test
    void aWaitingNewcomersPageLeadsToTheSuggestions() {
        Trajectory amina = f.waiting("Amina", true);
        f.signInCoordinator();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(NewcomerView.class, amina.newcomerId());

        assertThat(_get(Span.class, spec -> spec.withId("buddy-newcomer-summary")).getText())
                .startsWith("Speaks Arabic, French; Dutch A1; lives in Gent; registered on Mar 2, 2026.");
        _click(_get(Button.class, spec -> spec.withId("buddy-find-buddy")));
        _get(SuggestionsView.class);
    }

    @Test
    void outcomeAnswersOutOfScaleAreRefusedAtTheirFields() {
        f.signInCoordinator();
        long nour = f.people.add(PersonKind.NEWCOMER, "Nour", "Darwish").id();
        f.bean(NewcomerIntakeService.class).register(nour, withOutcomeConsent());
        UI.getCurrent().navigate(NewcomerView.class, nour);
        _setValue(_get(IntegerField.class, spec -> spec.withId("buddy-outcome-self-confidence")), 9);
        _click(_get(Button.class, spec -> spec.withId("buddy-outcome-save")));

        assertThat(_get(IntegerField.class, spec -> spec.withId("buddy-outcome-self-confidence")).isInvalid()).isTrue();
        assertThat(_get(IntegerField.class, spec -> spec.withId("buddy-outcome-outlook")).isInvalid()).isTrue();
    }

    private static NewcomerIntakeInput withOutcomeConsent() {
        var i = ViewFixture.intake(false);
        return new NewcomerIntakeInput(i.contactLanguages(), i.dutchLevel(),
                i.interests(), i.interestsNote(), i.goals(), i.about(), i.profession(), i.availability(), i.location(),
                i.buddyGenderPreference(), i.familySituation(), i.pntObliged(), i.caseWorkerName(),
                i.caseWorkerAgency(), i.consent(), true);
    }

    @Test
    void buddyIsRefusedTheWaitingListAndANewcomersPage() {
        Trajectory amina = f.waiting("Amina", false);
        f.signInBuddy(7L);
        UI.getCurrent().navigate(NewcomersView.class);
        _assertNone(NewcomersView.class);
        _get(AccessDeniedView.class);

        UI.getCurrent().navigate(NewcomerView.class, amina.newcomerId());
        _assertNone(NewcomerView.class);
        _get(AccessDeniedView.class);
    }
}
