package be.buddytrajectories.ui.volunteers;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.ui.shell.AccessDeniedView;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class VolunteersViewTest {

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
    void aSearchShowsTheMatchedWordsInBoldAndTheFacetCounts() {
        long lotte = f.buddy("Lotte");
        f.buddy("Wout");
        f.awaitIndexed();
        UI.getCurrent().navigate(VolunteersView.class);
        assertThat(_get(Span.class, spec -> spec.withId("buddy-volunteer-total")).getText())
                .isEqualTo("2 buddy's gevonden");

        TextField search = _get(TextField.class, spec -> spec.withId("buddy-volunteer-search"));
        assertThat(search.getLabel()).isEqualTo("Vrijwilligers zoeken");
        assertThat(search.getPlaceholder()).isEqualTo("Zoek op naam, interesse, beroep of tekst");
        _setValue(search, "Lotte voetbal");

        Div hit = _get(Div.class, spec -> spec.withId("buddy-volunteer-hit-" + lotte));
        assertThat(_find(hit, Span.class, spec -> spec.withClasses("buddy-snippet-hit")))
                .extracting(Span::getText).contains("voetbal");
        CheckboxGroup<String> languages = _get(CheckboxGroup.class, spec -> spec.withId("buddy-facet-language"));
        assertThat(languages.getItemLabelGenerator().apply("fr")).isEqualTo("Frans (2)");
    }

    @Test
    void tickingAFacetValueNarrowsTheSearch() {
        f.buddy("Lotte");
        f.awaitIndexed();
        UI.getCurrent().navigate(VolunteersView.class);
        _setValue(_get(CheckboxGroup.class, spec -> spec.withId("buddy-facet-status")), Set.of("PAUSED"));

        assertThat(_get(Span.class, spec -> spec.withId("buddy-volunteer-total")).getText())
                .isEqualTo("0 buddy's gevonden");
    }

    @Test
    void moreHitsThanAPageAreShownOnRequest() {
        for (int i = 0; i <= VolunteersView.PAGE; i++) {
            f.buddy("Buddy" + i);
        }
        f.awaitIndexed();
        UI.getCurrent().navigate(VolunteersView.class);
        Div hits = _get(Div.class, spec -> spec.withId("buddy-volunteer-hits"));
        assertThat(hits.getChildren().count()).isEqualTo(VolunteersView.PAGE);

        _click(_get(Button.class, spec -> spec.withId("buddy-volunteer-more")));
        assertThat(hits.getChildren().count()).isEqualTo(VolunteersView.PAGE + 1);
        _assertNone(Button.class, spec -> spec.withId("buddy-volunteer-more"));
    }

    @Test
    void buddyIsRefusedTheVolunteerSearch() {
        f.signInBuddy(7L);
        UI.getCurrent().navigate(VolunteersView.class);

        _assertNone(VolunteersView.class);
        _get(AccessDeniedView.class);
    }
}
