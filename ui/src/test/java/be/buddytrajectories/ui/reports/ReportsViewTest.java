package be.buddytrajectories.ui.reports;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.fairness.WaitingGroup;
import be.buddytrajectories.ui.shell.AccessDeniedView;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReportsViewTest {

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
    void theObligedWhoWaitedLongestComeFirstAndAGroupOfFewerThanFiveGetsNoFigures() {
        for (int i = 0; i < 5; i++) {
            f.waiting("Amal" + i, true);
        }
        f.clock.advanceDays(60);
        for (int i = 0; i < 3; i++) {
            f.waiting("Bram" + i, false);
        }
        f.signInCoordinator();

        UI.getCurrent().navigate(ReportsView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withId("buddy-fairness-summary")).getText())
                .isEqualTo("8 nieuwkomers wachten; de helft van hen al 60 dagen of langer.");
        Grid<WaitingGroup> obligation = _get(Grid.class, spec -> spec.withId("buddy-fairness-obligation"));
        assertThat(GridKt._size(obligation)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(obligation, 0))
                .containsExactly("Verplicht", "5", "60", "60", "");
        assertThat(GridKt._getFormattedRow(obligation, 1))
                .containsExactly("Niet verplicht", "3", "", "", "Minder dan 5: geen cijfers");
        Grid<WaitingGroup> municipality = _get(Grid.class, spec -> spec.withId("buddy-fairness-municipality"));
        assertThat(GridKt._getFormattedRow(municipality, 0)).first().isEqualTo("Gent");
    }

    @Test
    void anEmptyWaitingListSaysSo() {
        f.signInCoordinator();

        UI.getCurrent().navigate(ReportsView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withId("buddy-fairness-summary")).getText())
                .isEqualTo("Niemand staat op de wachtlijst.");
    }

    @Test
    void aBuddyIsRefusedTheReports() {
        f.signInBuddy(7L);

        UI.getCurrent().navigate(ReportsView.class);

        _assertNone(ReportsView.class);
        _get(AccessDeniedView.class);
    }
}
