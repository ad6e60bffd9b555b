package be.buddytrajectories.core.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.access.AccessDeniedException;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Duos;
import be.buddytrajectories.core.testing.FixturePerKind;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CheckInServiceIT extends FixturePerKind {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aCoordinatorMarksACheckInDoneWithItsPulseOnce(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        Trajectory duo = duos.active("Amira", duos.buddy("Annelies", 1));
        CheckInService checkIns = f.bean(CheckInService.class);
        CheckIn first = checkIns.of(duo.id()).get(0);

        CheckIn done = checkIns.markDone(first.id(), first.version(),
                new CheckInInput(first.dueOn(), 4, true, null, "loopt goed, samen naar de markt"));

        assertThat(done.done()).isTrue();
        assertThat(done.fitPulse()).contains(4);
        assertThatThrownBy(() -> checkIns.markDone(first.id(), done.version(),
                new CheckInInput(first.dueOn(), 5, true, null, null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("The check-in due on " + first.dueOn() + " has already been done.");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aBuddyCannotReadTheCoordinatorsCheckIns(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        long buddy = duos.buddy("Bert", 1);
        Trajectory duo = duos.active("Bushra", buddy);

        f.signInBuddy(buddy);

        assertThatThrownBy(() -> f.bean(CheckInService.class).of(duo.id())).isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anExtraCheckInIsPlannedForARunningDuo(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        Trajectory duo = duos.active("Chama", duos.buddy("Chris", 1));
        CheckInService checkIns = f.bean(CheckInService.class);

        checkIns.planExtra(duo.id(), f.clock.today().plusDays(5));

        assertThat(checkIns.of(duo.id())).extracting(CheckIn::dueOn).startsWith(f.clock.today().plusDays(5));
    }
}
