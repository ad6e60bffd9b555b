package be.buddytrajectories.core.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.access.AccessDeniedException;
import be.buddytrajectories.core.caseload.CaseloadEntry;
import be.buddytrajectories.core.caseload.CaseloadService;
import be.buddytrajectories.core.caseload.CoordinatorLoad;
import be.buddytrajectories.core.contact.ActivityType;
import be.buddytrajectories.core.contact.ContactInput;
import be.buddytrajectories.core.contact.ContactService;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Duos;
import be.buddytrajectories.core.testing.FixturePerKind;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.core.trajectory.TrajectoryStatus;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AlertsAndCaseloadIT extends FixturePerKind {

    private CoreFixture f;

    @AfterEach
    void backToTheStart() {
        f.clock.setToday(CoreFixture.START);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aQuietDuoRaisesAWarningAfter14DaysAndAnAlertAfter30WithItsOverdueCheckIn(TestDatabases.Kind kind) {
        f = fixture(kind);
        Trajectory duo = new Duos(f).active("Asma", new Duos(f).buddy("Arno", 1));
        long coordinator = duo.coordinatorId().orElseThrow();
        AlertService alerts = f.bean(AlertService.class);

        f.clock.advanceDays(13);
        assertThat(kinds(alerts.ofCoordinator(coordinator))).isEmpty();
        f.clock.advanceDays(2);
        assertThat(kinds(alerts.ofCoordinator(coordinator)))
                .containsExactly(AlertKind.CHECK_IN_OVERDUE, AlertKind.NO_CONTACT_WARNING);
        f.clock.advanceDays(15);
        assertThat(alerts.ofCoordinator(coordinator)).extracting(Alert::kind, Alert::since).contains(
                org.assertj.core.groups.Tuple.tuple(AlertKind.NO_CONTACT_ALERT, CoreFixture.START),
                org.assertj.core.groups.Tuple.tuple(AlertKind.CHECK_IN_OVERDUE, CoreFixture.START.plusWeeks(2)));
        assertThat(alerts.all()).extracting(Alert::trajectoryId).contains(duo.id());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void reachingTheHoursTargetAndNearingThePlannedEndRaiseAlerts(TestDatabases.Kind kind) {
        f = fixture(kind);
        Trajectory duo = new Duos(f).active("Bouchra", new Duos(f).buddy("Bavo", 1));
        long coordinator = duo.coordinatorId().orElseThrow();
        ContactService contacts = f.bean(ContactService.class);
        for (int week = 0; week < 20; week++) {
            contacts.log(new ContactInput(duo.id(), CoreFixture.START.plusDays(week * 8L), 120, ActivityType.SPORT, true,
                    false, null, null));
        }
        f.clock.setToday(CoreFixture.START.plusMonths(6).minusDays(10));
        List<AlertKind> kinds = kinds(f.bean(AlertService.class).ofCoordinator(coordinator));

        assertThat(kinds).contains(AlertKind.HOURS_TARGET_REACHED, AlertKind.PLANNED_END_NEAR);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theCaseloadShowsACoordinatorsOpenDuosWithHoursNextCheckInAndAlerts(TestDatabases.Kind kind) {
        f = fixture(kind);
        Duos duos = new Duos(f);
        Trajectory duo = duos.active("Chahida", duos.buddy("Cas", 1));
        long coordinator = duo.coordinatorId().orElseThrow();
        f.signInCoordinator(coordinator);
        f.bean(ContactService.class).log(new ContactInput(duo.id(), CoreFixture.START.plusDays(1), 90,
                ActivityType.CULTURE, true, true, null, null));
        f.clock.advanceDays(16);

        List<CaseloadEntry> caseload = f.bean(CaseloadService.class).mine();

        assertThat(caseload).singleElement().satisfies(entry -> {
            assertThat(entry.trajectoryId()).isEqualTo(duo.id());
            assertThat(entry.status()).isEqualTo(TrajectoryStatus.ACTIVE);
            assertThat(entry.hours()).isEqualTo(1.5);
            assertThat(entry.lastContact()).isEqualTo(CoreFixture.START.plusDays(1));
            assertThat(entry.nextCheckIn()).isEqualTo(CoreFixture.START.plusWeeks(2));
            assertThat(entry.alerts()).containsExactly(AlertKind.CHECK_IN_OVERDUE, AlertKind.NO_CONTACT_WARNING);
        });
        assertThat(f.bean(CaseloadService.class).perCoordinator())
                .filteredOn(load -> load.coordinatorId() != null && load.coordinatorId() == coordinator)
                .singleElement().extracting(CoordinatorLoad::active).isEqualTo(1L);
        Trajectory closed = f.bean(TrajectoryService.class).close(duo.id(), duo.version(),
                be.buddytrajectories.core.trajectory.EndReason.MOVED, null);
        assertThat(f.bean(CaseloadService.class).of(coordinator)).isEmpty();
        assertThat(closed.status()).isEqualTo(TrajectoryStatus.CLOSED);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void buddiesSeeNoAlertsNorCaseloads(TestDatabases.Kind kind) {
        f = fixture(kind);
        long buddy = new Duos(f).buddy("Dina", 1);
        f.signInBuddy(buddy);

        assertThatThrownBy(() -> f.bean(AlertService.class).all()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.bean(CaseloadService.class).perCoordinator())
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.bean(CaseloadService.class).of(1)).isInstanceOf(AccessDeniedException.class);
    }

    private static List<AlertKind> kinds(List<Alert> alerts) {
        return alerts.stream().map(Alert::kind).toList();
    }
}
