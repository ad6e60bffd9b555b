package be.buddytrajectories.ui.reports;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.fairness.WaitingGroup;
import be.buddytrajectories.ui.shell.AccessDeniedView;
import be.buddytrajectories.ui.testing.Notices;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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

    private static String figure(String id) {
        return _get(Span.class, spec -> spec.withId("buddy-report-" + id)).getText();
    }

    @Test
    void theReportOpensOnTheLastTwelveMonthsAndHidesCountsUnderFive() {
        long buddy = f.buddy("Bea");
        f.active("Amal", buddy);
        f.signInCoordinator();

        UI.getCurrent().navigate(ReportsView.class);

        assertThat(_get(DatePicker.class, spec -> spec.withId("buddy-report-from")).getValue())
                .isEqualTo(ViewFixture.TODAY.minusYears(1).plusDays(1));
        assertThat(_get(DatePicker.class, spec -> spec.withId("buddy-report-to")).getValue())
                .isEqualTo(ViewFixture.TODAY);
        assertThat(figure("reach-duosStarted")).isEqualTo("minder dan 5");
        assertThat(figure("reach-newcomersReached")).isEqualTo("minder dan 5");
        assertThat(figure("reach-duosClosed")).isEqualTo("0");
        assertThat(figure("hours-medianHours")).isEqualTo("–");
        assertThat(figure("training-trainingSessions")).isEqualTo("0");
        assertThat(figure("period-municipality")).isEqualTo("Alle gemeenten");
        _get(Div.class, spec -> spec.withId("buddy-report-monthStarted"));
        assertThat(_get(Anchor.class, spec -> spec.withId("buddy-report-csv")).getHref()).isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withId("buddy-report-pdf")).getHref()).isNotBlank();
    }

    @Test
    void anotherPeriodAndMunicipalityShowTheirFiguresAndAPeriodThatEndsBeforeItStartsIsRefused() {
        for (int i = 0; i < 6; i++) {
            f.active("Amal" + i, f.buddy("Bea" + i));
        }
        f.signInCoordinator();
        UI.getCurrent().navigate(ReportsView.class);
        assertThat(figure("reach-duosStarted")).isEqualTo("6");

        _setValue(_get(DatePicker.class, spec -> spec.withId("buddy-report-from")), ViewFixture.TODAY.plusDays(1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("buddy-report-to")), ViewFixture.TODAY.plusDays(30));
        _click(_get(Button.class, spec -> spec.withId("buddy-report-show")));
        assertThat(figure("reach-duosStarted")).isEqualTo("0");
        assertThat(figure("reach-duosRunning")).isEqualTo("6");

        _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-report-municipality")), "Gent");
        _click(_get(Button.class, spec -> spec.withId("buddy-report-show")));
        assertThat(figure("period-municipality")).isEqualTo("Gent");
        assertThat(figure("reach-duosRunning")).isEqualTo("6");

        _setValue(_get(DatePicker.class, spec -> spec.withId("buddy-report-to")), ViewFixture.TODAY);
        _click(_get(Button.class, spec -> spec.withId("buddy-report-show")));
        assertThat(Notices.texts()).contains("Het einde van de periode ligt voor het begin.");
        assertThat(figure("reach-duosRunning")).as("the last report stays").isEqualTo("6");
    }

    @Test
    void newcomersNoBuddyCanBeProposedToAreSaidInOneSentenceOfWhomToRecruit() {
        long bea = f.buddy("Bea");
        f.active("Amal", bea);
        f.waiting("Samira", true);
        f.waiting("Nour", false);
        f.awaitIndexed();
        f.signInCoordinator();

        UI.getCurrent().navigate(ReportsView.class);

        assertThat(_get(ListItem.class, spec -> spec.withId("buddy-recruitment-1")).getText())
                .startsWith("2 wachtende nieuwkomers hebben een buddy nodig met een vrije plaats")
                .endsWith(", vrij op woensdagavond.");
        _assertNone(ListItem.class, spec -> spec.withId("buddy-recruitment-2"));
    }

    @Test
    void whenEveryWaitingNewcomerHasACandidateThereIsNobodyToRecruitFor() {
        f.buddy("Bea");
        f.waiting("Samira", true);
        f.awaitIndexed();
        f.signInCoordinator();

        UI.getCurrent().navigate(ReportsView.class);

        _get(Paragraph.class, spec -> spec.withId("buddy-recruitment-none"));
    }

    @Test
    void aBuddyIsRefusedTheReports() {
        f.signInBuddy(7L);

        UI.getCurrent().navigate(ReportsView.class);

        _assertNone(ReportsView.class);
        _get(AccessDeniedView.class);
    }
}
