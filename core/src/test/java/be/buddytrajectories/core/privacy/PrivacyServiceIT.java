package be.buddytrajectories.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.access.AccessDeniedException;
import be.buddytrajectories.core.activity.GroupActivity;
import be.buddytrajectories.core.activity.GroupActivityInput;
import be.buddytrajectories.core.activity.GroupActivityService;
import be.buddytrajectories.core.audit.AuditAction;
import be.buddytrajectories.core.audit.AuditEntry;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.checkin.CheckIn;
import be.buddytrajectories.core.checkin.CheckInInput;
import be.buddytrajectories.core.checkin.CheckInService;
import be.buddytrajectories.core.contact.ActivityType;
import be.buddytrajectories.core.contact.ContactInput;
import be.buddytrajectories.core.contact.ContactService;
import be.buddytrajectories.core.outbox.ChangeType;
import be.buddytrajectories.core.outbox.IndexOutbox;
import be.buddytrajectories.core.outbox.OutboxEntry;
import be.buddytrajectories.core.outcome.MeasureMoment;
import be.buddytrajectories.core.outcome.OutcomeInput;
import be.buddytrajectories.core.outcome.OutcomeService;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Duos;
import be.buddytrajectories.core.testing.FixturePerKind;
import be.buddytrajectories.core.trajectory.EndReason;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PrivacyServiceIT extends FixturePerKind {

    /** Every column of the plugin's tables that can hold a host person id. */
    private static final Set<String> PERSON_COLUMNS = Set.of("newcomer_id", "volunteer_id", "person_id",
            "subject_person_id", "actor_person_id", "coordinator_id", "logged_by_person", "proposed_by",
            "decided_by", "done_by");

    private CoreFixture f;

    @AfterEach
    void backToTheStart() {
        f.clock.setToday(CoreFixture.START);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anErasedNewcomerIsGoneFromEveryTableButTheStatisticsAndTheAuditTrail(TestDatabases.Kind kind) {
        f = fixture(kind);
        long buddy = new Duos(f).buddy("Anouk", 1);
        Trajectory closed = fullHistory("Aziz", buddy);
        long newcomer = closed.newcomerId();
        int statisticsBefore = f.queryInt("select count(*) from buddy_duo_statistic");
        int anonymousAnswersBefore = f.queryInt("select count(*) from buddy_outcome_measure where newcomer_id is null");
        assertThat(rowsMentioning(newcomer)).isNotEmpty();

        f.signInAdmin();
        f.bean(PrivacyService.class).erase(newcomer, true);

        assertThat(rowsMentioning(newcomer)).containsOnlyKeys("buddy_audit_entry.subject_person_id");
        assertThat(f.queryInt("select count(*) from buddy_duo_statistic")).isEqualTo(statisticsBefore + 1);
        assertThat(f.queryInt("select count(*) from buddy_outcome_measure where newcomer_id is null"))
                .isEqualTo(anonymousAnswersBefore + 1);
        assertThat(f.bean(AuditTrail.class).about(newcomer)).extracting(AuditEntry::action)
                .contains(AuditAction.ERASE_PERSON);
        assertThat(f.people.find(newcomer).orElseThrow().firstName()).isEqualTo("Anonymous");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anErasedBuddyLeavesTheIndexAndTheNewcomersHistoryKeepsNoTraceOfHim(TestDatabases.Kind kind) {
        f = fixture(kind);
        long buddy = new Duos(f).buddy("Bjorn", 1);
        Trajectory closed = fullHistory("Badr", buddy);
        long before = f.bean(IndexOutbox.class).lastPosition();

        f.signInAdmin();
        f.bean(PrivacyService.class).erase(buddy, false);

        assertThat(rowsMentioning(buddy)).containsOnlyKeys("buddy_audit_entry.subject_person_id",
                "buddy_index_outbox.volunteer_id");
        assertThat(f.bean(IndexOutbox.class).after(before, 10))
                .extracting(OutboxEntry::volunteerId, OutboxEntry::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(buddy, ChangeType.DELETE));
        f.signInCoordinator();
        assertThat(f.bean(TrajectoryService.class).find(closed.id()).buddyIds()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aBuddyWithARunningDuoIsNotErasedAndNothingChanges(TestDatabases.Kind kind) {
        f = fixture(kind);
        long buddy = new Duos(f).buddy("Cis", 1);
        Trajectory running = new Duos(f).active("Cherine", buddy);

        f.signInAdmin();
        assertThatThrownBy(() -> f.bean(PrivacyService.class).erase(buddy, false))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Close the running duos of this buddy before erasing him.");
        assertThat(f.countRows("buddy_profile", "volunteer_id", buddy)).isEqualTo(1);
        assertThat(f.countRows("buddy_trajectory_buddy", "trajectory_id", running.id())).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theExportHoldsThePersonsDataAsJsonAndIsAudited(TestDatabases.Kind kind) {
        f = fixture(kind);
        long buddy = new Duos(f).buddy("Dieter", 1);
        Trajectory closed = fullHistory("Djamila", buddy);
        f.signInCoordinator();
        assertThatThrownBy(() -> f.bean(PrivacyService.class).export(closed.newcomerId()))
                .as("exports are for admins").isInstanceOf(AccessDeniedException.class);
        f.signInAdmin();

        String json = new String(f.bean(PrivacyService.class).export(closed.newcomerId()), StandardCharsets.UTF_8);

        assertThat(json).startsWith("{").contains("\"personId\": " + closed.newcomerId())
                .contains("\"dutchLevel\": \"A1\"").contains("\"caseWorkerAgency\": \"Agentschap Integratie en Inburgering\"")
                .contains("\"role\": \"NEWCOMER\"").contains("\"minutes\": 90").contains("\"endReason\": \"COMPLETED\"")
                .contains("\"moment\": \"INTAKE\"").contains("\"title\": \"Picknick\"");
        f.signInAdmin();
        assertThat(f.bean(AuditTrail.class).about(closed.newcomerId())).extracting(AuditEntry::action)
                .contains(AuditAction.EXPORT_PERSON);
        f.signInBuddy(buddy);
        assertThatThrownBy(() -> f.bean(PrivacyService.class).export(buddy)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.bean(PrivacyService.class).erase(buddy, false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aDuoClosedLongerThanTheRetentionPeriodIsAnonymisedKeepingPostcodeYearAndHours(TestDatabases.Kind kind) {
        f = fixture(kind);
        long buddy = new Duos(f).buddy("Evi", 1);
        Trajectory closed = fullHistory("Emad", buddy);
        long newcomer = closed.newcomerId();
        RetentionJob job = f.bean(RetentionJob.class);

        f.clock.setToday(closed.closedOn().orElseThrow().plusMonths(24));
        job.runOnce();
        assertThat(f.countRows("buddy_trajectory", "id", closed.id())).as("not yet: 24 months to the day").isEqualTo(1);

        f.clock.advanceDays(1);
        assertThat(job.runOnce()).isPositive();

        assertThat(rowsMentioning(newcomer)).containsOnlyKeys("buddy_audit_entry.subject_person_id");
        assertThat(f.countRows("buddy_profile", "volunteer_id", buddy)).as("the buddy volunteers on").isEqualTo(1);
        assertThat(f.queryInt("select count(*) from buddy_duo_statistic where postcode = '9000' and start_year = 2026"
                + " and minutes = 90 and end_reason = 'COMPLETED'")).isPositive();
    }

    /** A newcomer with a closed duo: contacts, a done check-in, a proposal, an outcome answer, an activity. */
    private Trajectory fullHistory(String newcomerName, long buddy) {
        Trajectory duo = new Duos(f).active(newcomerName, buddy);
        f.bean(ContactService.class).log(new ContactInput(duo.id(), f.clock.today(), 90, ActivityType.WALK, true,
                true, null, "eerste wandeling"));
        CheckIn checkIn = f.bean(CheckInService.class).of(duo.id()).get(0);
        f.bean(CheckInService.class).markDone(checkIn.id(), checkIn.version(),
                new CheckInInput(f.clock.today(), 4, true, null, "goed"));
        f.bean(OutcomeService.class).record(duo.newcomerId(),
                new OutcomeInput(MeasureMoment.INTAKE, f.clock.today(), 2, 3, 2, 1, 3));
        GroupActivity picnic = f.bean(GroupActivityService.class).plan(new GroupActivityInput("Picknick",
                f.clock.today(), 120));
        f.bean(GroupActivityService.class).recordAttendance(picnic.id(), picnic.version(),
                Set.of(duo.newcomerId(), buddy));
        return f.bean(TrajectoryService.class).close(duo.id(), duo.version(), EndReason.COMPLETED, "afgerond");
    }

    /** "table.column" → rows where that person-id column holds {@code personId}, for every plugin table. */
    private java.util.Map<String, Integer> rowsMentioning(long personId) {
        java.util.Map<String, Integer> found = new java.util.TreeMap<>();
        for (String table : f.pluginTables()) {
            for (String column : f.columns(table)) {
                if (PERSON_COLUMNS.contains(column)) {
                    int rows = f.countRows(table, column, personId);
                    if (rows > 0) {
                        found.put(table + "." + column, rows);
                    }
                }
            }
        }
        return found;
    }
}
