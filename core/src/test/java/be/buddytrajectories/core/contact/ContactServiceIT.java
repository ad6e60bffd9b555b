package be.buddytrajectories.core.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.access.AccessDeniedException;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Duos;
import be.buddytrajectories.core.testing.FixturePerKind;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ContactServiceIT extends FixturePerKind {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void onlyPastContactsCountTowardTheHours(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Trajectory duo = new Duos(f).active("Amina", new Duos(f).buddy("Arne", 1));
        ContactService contacts = f.bean(ContactService.class);
        f.clock.advanceDays(10);
        LocalDate today = f.clock.today();

        contacts.log(met(duo, today.minusDays(3), 90));
        contacts.log(met(duo, today, 60));
        contacts.log(met(duo, today.plusDays(2), 120));

        HoursSummary hours = contacts.hours(duo.id());
        assertThat(hours.countedMinutes()).isEqualTo(150);
        assertThat(hours.hours()).isEqualTo(2.5);
        assertThat(hours.plannedMinutes()).isEqualTo(120);
        assertThat(hours.lastContact()).contains(today);
        assertThat(hours.targetReached()).isFalse();
        f.clock.advanceDays(2);
        assertThat(contacts.hours(duo.id()).hours()).isEqualTo(4.5);
        f.clock.setToday(CoreFixture.START);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aBuddyLogsUnverifiedContactsThatACoordinatorVerifies(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        long buddy = duos.buddy("Bram", 1);
        Trajectory duo = duos.active("Basma", buddy);
        ContactService contacts = f.bean(ContactService.class);

        f.signInBuddy(buddy);
        ContactView logged = contacts.log(met(duo, f.clock.today(), 45));
        assertThat(logged.loggedBy()).isEqualTo(LoggedBy.BUDDY);
        assertThat(logged.verified()).isFalse();

        f.signInCoordinator();
        ContactView onBehalf = contacts.log(new ContactInput(duo.id(), f.clock.today(), 30, ActivityType.ERRANDS,
                true, true, LoggedBy.NEWCOMER, "vertelde dit telefonisch"));
        ContactView verified = contacts.verify(logged.id(), logged.version());

        assertThat(onBehalf.loggedBy()).isEqualTo(LoggedBy.NEWCOMER);
        assertThat(verified.verified()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aBuddyNeitherReadsNorWritesAnotherDuosContactsNorSeesCoordinatorNotes(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        long buddy = duos.buddy("Carla", 1);
        Trajectory mine = duos.active("Chaima", buddy);
        Trajectory other = duos.active("Celal", duos.buddy("Cor", 1));
        ContactService contacts = f.bean(ContactService.class);
        contacts.log(new ContactInput(mine.id(), f.clock.today(), 60, ActivityType.WALK, true, false, null,
                "buddy lijkt overbelast"));

        f.signInBuddy(buddy);

        assertThat(contacts.of(mine.id())).singleElement().satisfies(c -> assertThat(c.coordinatorNote()).isEmpty());
        assertThatThrownBy(() -> contacts.of(other.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contacts.hours(other.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contacts.log(met(other, f.clock.today(), 30))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contacts.log(new ContactInput(mine.id(), f.clock.today(), 30, ActivityType.WALK,
                true, false, null, "notitie"))).isInstanceOf(RuleViolationException.class)
                .hasMessage("Only coordinators write a coordinator's note.");
        f.signInCoordinator();
        assertThat(contacts.of(mine.id())).singleElement()
                .satisfies(c -> assertThat(c.coordinatorNote()).contains("buddy lijkt overbelast"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anInvalidContactIsRefusedAndNothingIsLogged(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        Trajectory duo = duos.active("Dalia", duos.buddy("Daan", 1));
        ContactService contacts = f.bean(ContactService.class);

        assertThatThrownBy(() -> contacts.log(met(duo, f.clock.today(), 2)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Een ontmoeting duurt tussen 5 en 720 minuten.");
        assertThatThrownBy(() -> contacts.log(met(duo, f.clock.today().minusDays(1), 60)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("A contact cannot be before the duo started on " + f.clock.today() + ".");
        assertThat(contacts.of(duo.id())).isEmpty();
    }

    static ContactInput met(Trajectory duo, LocalDate on, int minutes) {
        return new ContactInput(duo.id(), on, minutes, ActivityType.COFFEE_OR_MEAL, true, false, null, null);
    }
}
