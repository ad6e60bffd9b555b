package be.buddytrajectories.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.checkin.CheckInService;
import be.buddytrajectories.core.contact.ContactService;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.programme.ProgrammeOverview;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.training.TrainingService;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.core.trajectory.TrajectoryStatus;
import be.buddytrajectories.core.trajectory.WaitingEntry;
import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.GeoPoint;
import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DemoProgrammeIT {

    private CoreFixture f;
    private long firstVolunteer;

    @BeforeEach
    void start() {
        f = new CoreFixture(TestDatabases.Kind.H2);
        for (int i = 0; i < 30; i++) {
            long id = f.people.register(new NewPerson(PersonKind.VOLUNTEER, "Vrijwilliger" + i, "Demo", null, null,
                    1970 + i, Gender.F, null, "9000", "Gent", new GeoPoint(51.05, 3.72), List.of("nl", "en"),
                    Set.of("voetbal", "koken"))).id();
            firstVolunteer = i == 0 ? id : firstVolunteer;
        }
        for (int i = 0; i < 20; i++) {
            f.people.register(new NewPerson(PersonKind.NEWCOMER, "Nieuwkomer" + i, "Demo", null, null, 1990,
                    Gender.M, null, "9000", "Gent", new GeoPoint(51.054, 3.717), List.of("ar", "en"), Set.of("muziek")));
        }
    }

    @AfterEach
    void stop() throws Exception {
        System.clearProperty(DemoProgramme.SETTING);
        f.close();
    }

    @Test
    void inDemoModeEveryVolunteerGetsAProfileAndTheDemoBuddyARunningDuoWithHoursAndCheckIns() {
        System.setProperty(DemoProgramme.SETTING, "true");
        f.bean(DemoProgramme.class).onHostStart(new Object());

        f.signInCoordinator();
        assertThat(f.bean(BuddyProfileService.class).all()).hasSize(30);
        assertThat(f.bean(TrajectoryService.class).waitingList()).isNotEmpty();
        f.signInBuddy(firstVolunteer);
        Trajectory duo = f.bean(TrajectoryService.class).myDuos().get(0);
        assertThat(duo.status()).isEqualTo(TrajectoryStatus.ACTIVE);
        assertThat(f.bean(ContactService.class).hours(duo.id()).hours()).isPositive();
        f.signInCoordinator();
        assertThat(f.bean(CheckInService.class).of(duo.id())).isNotEmpty();
    }

    @Test
    void theDemoHasDuosInEveryStateClosedOnesCountedAndTrainingsAhead() {
        System.setProperty(DemoProgramme.SETTING, "true");
        f.bean(DemoProgramme.class).onHostStart(new Object());

        f.signInCoordinator();
        Map<TrajectoryStatus, Long> byStatus = f.bean(BuddyDatabase.class).inTransaction(em -> em.createQuery(
                        "select t.status, count(t) from Trajectory t group by t.status", Object[].class)
                .getResultList().stream().collect(Collectors.toMap(row -> (TrajectoryStatus) row[0],
                        row -> (Long) row[1])));
        assertThat(byStatus.keySet()).containsExactlyInAnyOrder(TrajectoryStatus.values());
        assertThat(f.bean(ProgrammeOverview.class).summary().closedDuos()).isEqualTo(2);
        assertThat(f.bean(TrainingService.class).sessions()).filteredOn(s -> s.heldOn().isAfter(CoreFixture.START))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(f.bean(TrajectoryService.class).waitingList()).extracting(WaitingEntry::newcomerId)
                .doesNotHaveDuplicates();
    }

    @Test
    void seedingHappensOnceAndOnlyInDemoMode() {
        f.bean(DemoProgramme.class).onHostStart(new Object());
        f.signInCoordinator();
        assertThat(f.bean(BuddyProfileService.class).all()).isEmpty();

        System.setProperty(DemoProgramme.SETTING, "true");
        f.bean(DemoProgramme.class).onHostStart(new Object());
        f.bean(DemoProgramme.class).onHostStart(new Object());
        assertThat(f.bean(BuddyProfileService.class).all()).hasSize(30);
    }
}
