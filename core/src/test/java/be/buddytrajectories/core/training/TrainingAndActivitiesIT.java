package be.buddytrajectories.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.access.AccessDeniedException;
import be.buddytrajectories.core.activity.ActivityAnnouncement;
import be.buddytrajectories.core.activity.GroupActivity;
import be.buddytrajectories.core.activity.GroupActivityInput;
import be.buddytrajectories.core.activity.GroupActivityService;
import be.buddytrajectories.core.outbox.IndexOutbox;
import be.buddytrajectories.core.outbox.OutboxEntry;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Duos;
import be.buddytrajectories.core.testing.FixturePerKind;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TrainingAndActivitiesIT extends FixturePerKind {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void attendingTheBasicTrainingMarksTheBuddyTrainedAndTellsTheIndex(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        long anna = duos.buddy("Anna", 1);
        long ben = duos.buddy("Ben", 1);
        TrainingService training = f.bean(TrainingService.class);
        TrainingSession session = training.plan(new TrainingSessionInput(TrainingKind.BASIC_TRAINING,
                "Basisvorming buddywerking", CoreFixture.START.minusDays(7), 120));
        long lastId = f.bean(IndexOutbox.class).lastPosition();

        training.recordAttendance(session.id(), session.version(), Set.of(anna));

        assertThat(f.bean(BuddyProfileService.class).find(anna).orElseThrow().basicTrainingOn())
                .contains(CoreFixture.START.minusDays(7));
        assertThat(f.bean(BuddyProfileService.class).find(ben).orElseThrow().trained()).isFalse();
        assertThat(f.bean(IndexOutbox.class).after(lastId, 10)).extracting(OutboxEntry::volunteerId)
                .containsExactly(anna);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void attendanceIsRecordedOnlyAfterTheSession(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        long buddy = new Duos(f).buddy("Cato", 1);
        TrainingService training = f.bean(TrainingService.class);
        TrainingSession later = training.plan(new TrainingSessionInput(TrainingKind.INTERVISION, "Intervisie",
                CoreFixture.START.plusDays(3), 120));

        assertThatThrownBy(() -> training.recordAttendance(later.id(), later.version(), Set.of(buddy)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Attendance is recorded after the session on " + CoreFixture.START.plusDays(3) + ".");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aBuddySeesHisOwnTrainingAndTheUpcomingActivitiesButNobodyElsesAttendance(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        long mine = duos.buddy("Dorien", 1);
        long other = duos.buddy("Erik", 1);
        TrainingService training = f.bean(TrainingService.class);
        GroupActivityService activities = f.bean(GroupActivityService.class);
        TrainingSession session = training.plan(new TrainingSessionInput(TrainingKind.THEME_SESSION,
                "Grenzen bewaken", CoreFixture.START.minusDays(1), 120));
        training.recordAttendance(session.id(), session.version(), Set.of(mine, other));
        GroupActivity walk = activities.plan(new GroupActivityInput("Stadswandeling Gent", CoreFixture.START.minusDays(2), 120));
        activities.recordAttendance(walk.id(), walk.version(), Set.of(mine, 424242L));
        activities.plan(new GroupActivityInput("Kookavond", CoreFixture.START.plusDays(10), 180));

        f.signInBuddy(mine);

        assertThat(training.attendedBy(mine)).extracting(TrainingSession::title).contains("Grenzen bewaken");
        assertThat(activities.attendedBy(mine)).extracting(GroupActivity::title).containsExactly("Stadswandeling Gent");
        assertThat(activities.upcoming()).extracting(ActivityAnnouncement::title).contains("Kookavond")
                .doesNotContain("Stadswandeling Gent");
        assertThatThrownBy(() -> training.attendedBy(other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> activities.attendedBy(424242L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(activities::activities).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(training::sessions).isInstanceOf(AccessDeniedException.class);
    }
}
