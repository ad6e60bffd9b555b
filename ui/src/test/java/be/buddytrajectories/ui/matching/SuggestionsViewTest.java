package be.buddytrajectories.ui.matching;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.search.profile.BuddyStatus;
import be.buddytrajectories.ui.duo.DuoView;
import be.buddytrajectories.ui.shell.AccessDeniedView;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SuggestionsViewTest {

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
    void suggestionsShowAScoreBarAndTheReasonsInTheCoordinatorsLanguage() {
        long lotte = f.buddy("Lotte");
        Trajectory amina = f.waiting("Amina", false);
        f.awaitIndexed();
        UI.getCurrent().navigate(SuggestionsView.class, amina.newcomerId());

        assertThat(_get(ProgressBar.class, spec -> spec.withId("buddy-score-" + lotte)).getValue()).isGreaterThan(0);
        UnorderedList reasons = _get(UnorderedList.class, spec -> spec.withId("buddy-reasons-" + lotte));
        assertThat(_find(reasons, ListItem.class)).extracting(ListItem::getText)
                .anyMatch(text -> text.contains("Arabisch") || text.contains("Frans"));
        Div list = _get(Div.class, spec -> spec.withId("buddy-suggestion-list"));
        assertThat(list.getWidth()).as("the cards use the screen's width").isEqualTo("100%");
        assertThat(list.getStyle().get("grid-template-columns")).isEqualTo("repeat(auto-fill, minmax(22em, 1fr))");
    }

    @Test
    void proposingABuddyOpensTheProposedDuo() {
        long lotte = f.buddy("Lotte");
        Trajectory amina = f.waiting("Amina", false);
        f.awaitIndexed();
        UI.getCurrent().navigate(SuggestionsView.class, amina.newcomerId());
        _click(_get(Button.class, spec -> spec.withId("buddy-propose-" + lotte)));

        _get(DuoView.class);
        assertThat(_get(Span.class, spec -> spec.withId("buddy-duo-status")).getText()).isEqualTo("voorgesteld");
    }

    @Test
    @SuppressWarnings("unchecked")
    void whyNotNamesWhatKeepsAPausedBuddyOut() {
        long wout = f.buddy("Wout");
        f.signInCoordinator();
        var profiles = f.bean(BuddyProfileService.class);
        profiles.changeStatus(wout, profiles.find(wout).orElseThrow().version(), BuddyStatus.PAUSED);
        Trajectory amina = f.waiting("Amina", false);
        f.awaitIndexed();
        UI.getCurrent().navigate(SuggestionsView.class, amina.newcomerId());
        Person woutPerson = f.people.find(wout).orElseThrow();
        _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-why-not-volunteer")), woutPerson);
        _click(_get(Button.class, spec -> spec.withId("buddy-why-not-ask")));

        UnorderedList answer = _get(UnorderedList.class, spec -> spec.withId("buddy-why-not-reasons"));
        assertThat(_find(answer, ListItem.class)).isNotEmpty();
        assertThat(_find(UnorderedList.class, spec -> spec.withId("buddy-reasons-" + wout))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void whyNotOffersAnyVolunteerOfTheDirectoryNotOnlyTheFirstThousand() {
        Trajectory amina = f.waiting("Amina", false);
        for (int i = 1; i <= 1_200; i++) {
            f.people.add(PersonKind.VOLUNTEER, "Vrijwilliger", "Aerts" + i);
        }
        f.people.add(PersonKind.VOLUNTEER, "Zeger", "Zwart");
        f.signInCoordinator();
        UI.getCurrent().navigate(SuggestionsView.class, amina.newcomerId());
        ComboBox<Person> volunteer = _get(ComboBox.class, spec -> spec.withId("buddy-why-not-volunteer"));

        ComboBoxKt.setUserInput(volunteer, "Zwart");

        assertThat(ComboBoxKt.getSuggestionItems(volunteer)).extracting(Person::lastName).containsExactly("Zwart");
    }

    @Test
    void buddyIsRefusedSuggestions() {
        Trajectory amina = f.waiting("Amina", false);
        f.signInBuddy(7L);
        UI.getCurrent().navigate(SuggestionsView.class, amina.newcomerId());

        _assertNone(SuggestionsView.class);
        _get(AccessDeniedView.class);
    }
}
