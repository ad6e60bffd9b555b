package be.buddytrajectories.ui.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.alerts.AlertKind;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.caseload.CaseloadEntry;
import be.buddytrajectories.core.handover.CoverInput;
import be.buddytrajectories.core.handover.HandoverService;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.profile.ScreeningInput;
import be.buddytrajectories.core.profile.ScreeningKind;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.WaitingEntry;
import be.buddytrajectories.ui.duo.DuoView;
import be.buddytrajectories.ui.handover.HandoverView;
import com.vaadin.flow.router.RouterLink;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.ui.shell.AccessDeniedView;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.testing.ViewFixture;
import be.buddytrajectories.ui.volunteers.VolunteerProfileView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DashboardViewTest {

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
    void coordinatorSeesTheCountsAndTheWaitingListWithPntFirst() {
        f.people.add(PersonKind.VOLUNTEER, "Lotte", "Claes");
        f.waiting("Amina", false);
        f.waiting("Omar", true);
        f.signInCoordinator();
        UI.getCurrent().navigate(DashboardView.class);

        assertThat(_get(H2.class).getText()).isEqualTo("Buddytrajecten");
        assertThat(_get(Span.class, spec -> spec.withId("buddy-volunteer-count")).getText()).isEqualTo("1");
        assertThat(_get(Span.class, spec -> spec.withId("buddy-newcomer-count")).getText()).isEqualTo("2");
        assertThat(_get(Span.class, spec -> spec.withId("buddy-waiting-count")).getText()).isEqualTo("2");
        assertThat(_get(Span.class, spec -> spec.withId("buddy-pnt-count")).getText()).isEqualTo("1");
        assertThat(_get(Span.class, spec -> spec.withId("buddy-hours-target")).getText()).isEqualTo("40");
        @SuppressWarnings("unchecked")
        Grid<WaitingEntry> waiting = _get(Grid.class, spec -> spec.withId("buddy-dashboard-waiting"));
        assertThat(GridKt._size(waiting)).isEqualTo(2);
        assertThat(GridKt._get(waiting, 0).pntObliged()).isTrue();
    }

    @Test
    void alertsLinkToTheirDuoAndTheCaseloadShowsTheCoordinatorsDuos() {
        Trajectory duo = f.active("Amina", f.buddy("Lotte"));
        f.clock.advanceDays(20);
        f.signInCoordinator();
        UI.getCurrent().navigate(DashboardView.class);

        UI.getCurrent().navigate(
                _get(RouterLink.class, spec -> spec.withId("buddy-alert-" + duo.id() + "-NO_CONTACT_WARNING")).getHref());
        _get(DuoView.class);
        UI.getCurrent().navigate(DashboardView.class);
        @SuppressWarnings("unchecked")
        Grid<CaseloadEntry> caseload = _get(Grid.class, spec -> spec.withId("buddy-caseload"));
        assertThat(GridKt._get(caseload, 0).trajectoryId()).isEqualTo(duo.id());
        assertThat(GridKt._get(caseload, 0).alerts()).contains(AlertKind.CHECK_IN_OVERDUE);
    }

    @Test
    void aScreeningThatExpiresWithinThirtyDaysIsAnAlertLinkingToTheBuddysProfile() {
        long lotte = f.buddy("Lotte");
        long lies = f.buddy("Lies");
        f.signInCoordinator();
        BuddyProfileService profiles = f.bean(BuddyProfileService.class);
        profiles.recordScreening(lotte, new ScreeningInput(ScreeningKind.CRIMINAL_RECORD_MODEL_1,
                ViewFixture.TODAY.minusMonths(36).plusDays(12), null));
        profiles.recordScreening(lies, new ScreeningInput(ScreeningKind.CRIMINAL_RECORD_MODEL_1,
                ViewFixture.TODAY.minusMonths(30), null));
        UI.getCurrent().navigate(DashboardView.class);

        RouterLink alert = _get(RouterLink.class,
                spec -> spec.withId("buddy-alert-buddy-" + lotte + "-SCREENING_EXPIRING"));
        assertThat(alert.getText()).isEqualTo("Lotte Claes");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("buddy-alerts")).getElement().getTextRecursively())
                .contains("screening verloopt binnenkort", "screening geldig tot "
                        + Formats.date(alert, ViewFixture.TODAY.plusDays(12)));
        _assertNone(RouterLink.class, spec -> spec.withId("buddy-alert-buddy-" + lies + "-SCREENING_EXPIRING"));
        UI.getCurrent().navigate(alert.getHref());
        _get(VolunteerProfileView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOutcomesTableWrapsItsHeadersAndCellsInsteadOfCuttingThem() {
        f.signInCoordinator();
        UI.getCurrent().navigate(DashboardView.class);

        Grid<?> outcomes = _get(Grid.class, spec -> spec.withId("buddy-outcomes"));
        assertThat(outcomes.getThemeNames()).contains("wrap-cell-content");
        assertThat(outcomes.getColumns()).allSatisfy(column -> assertThat(((Span) column.getHeaderComponent())
                .getStyle().get("white-space")).isEqualTo("normal"));
    }

    @Test
    void titleIsEnglishForAnEnglishSpeakingUser() {
        f.signInCoordinator();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(DashboardView.class);

        assertThat(_get(H2.class).getText()).isEqualTo("Buddy trajectories");
    }

    @Test
    void buddyIsRefusedByTheServiceEvenWithoutTheHostsNavigationCheck() {
        f.signInBuddy(7L);
        UI.getCurrent().navigate(DashboardView.class);

        _assertNone(DashboardView.class);
        _get(AccessDeniedView.class, spec -> spec.withId("buddy-access-denied"));
        assertThat(_get(H2.class).getText()).isEqualTo("Geen toegang");
    }

    @Test
    void aCoverInForceShowsOnTheDashboardOfBothAndMarksTheCoveredDuoForTheCoveringCoordinator() {
        Person yara = f.people.add(PersonKind.VOLUNTEER, "Yara", "Peeters");
        Trajectory duo = f.active("Amina", f.buddy("Lotte"));
        f.clock.advanceDays(20);
        f.signInCoordinator();
        LocalDate until = ViewFixture.TODAY.plusDays(25);
        f.bean(HandoverService.class).arrangeCover(new CoverInput(900_001L, yara.id(), ViewFixture.TODAY.plusDays(20),
                until));

        f.user.signIn("yara", yara.id(), Permission.COORDINATOR.key());
        UI.getCurrent().navigate(DashboardView.class);
        Span notice = _get(Span.class, spec -> spec.withText(
                "Je vervangt #900001 tot en met " + Formats.date(notice(), until) + "."));
        assertThat(notice.getId()).hasValueSatisfying(id -> assertThat(id).startsWith("buddy-cover-notice-"));
        @SuppressWarnings("unchecked")
        Grid<CaseloadEntry> caseload = _get(Grid.class, spec -> spec.withId("buddy-caseload"));
        assertThat(GridKt._size(caseload)).isEqualTo(1);
        assertThat(GridKt._get(caseload, 0).coveredFor()).isEqualTo(900_001L);
        assertThat(_get(Span.class, spec -> spec.withId("buddy-alert-covered-" + duo.id() + "-NO_CONTACT_WARNING"))
                .getText()).isEqualTo("vervanging voor #900001");

        f.signInCoordinator();
        reopen();
        _get(Span.class, spec -> spec.withText("Yara Peeters vervangt jou tot en met "
                + Formats.date(notice(), until) + "."));
        @SuppressWarnings("unchecked")
        Grid<CaseloadEntry> own = _get(Grid.class, spec -> spec.withId("buddy-caseload"));
        assertThat(GridKt._get(own, 0).coveredFor()).isNull();
        _assertNone(Span.class, spec -> spec.withId("buddy-alert-covered-" + duo.id() + "-NO_CONTACT_WARNING"));

        f.clock.advanceDays(6);
        f.user.signIn("yara", yara.id(), Permission.COORDINATOR.key());
        reopen();
        _assertNone(Span.class, spec -> spec.withText("Je vervangt #900001 tot en met "
                + Formats.date(notice(), until) + "."));
        @SuppressWarnings("unchecked")
        Grid<CaseloadEntry> after = _get(Grid.class, spec -> spec.withId("buddy-caseload"));
        assertThat(GridKt._size(after)).isZero();
    }

    /** Navigating to the route shown keeps its view; the dashboard is read afresh only after another route. */
    private void reopen() {
        UI.getCurrent().navigate(HandoverView.class);
        UI.getCurrent().navigate(DashboardView.class);
    }

    private DashboardView notice() {
        return _get(DashboardView.class);
    }
}
