package be.buddytrajectories.core.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.access.AccessDeniedException;
import be.buddytrajectories.core.contact.ActivityType;
import be.buddytrajectories.core.contact.ContactInput;
import be.buddytrajectories.core.contact.ContactService;
import be.buddytrajectories.core.contact.ContactView;
import be.buddytrajectories.core.matchproposal.Candidate;
import be.buddytrajectories.core.matchproposal.ProposalService;
import be.buddytrajectories.core.privacy.PrivacyService;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Duos;
import be.buddytrajectories.core.testing.FixturePerKind;
import be.buddytrajectories.core.trajectory.EndReason;
import be.buddytrajectories.core.trajectory.StartInput;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.hostapi.CrmWriteBack.Write;
import be.buddytrajectories.hostapi.CrmWriteBack;
import be.buddytrajectories.hostapi.testing.RecordingCrm;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CrmWriteBackIT extends FixturePerKind {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aLoggedContactBecomesOneActivityWithTheBuddyAsAssigneeTheNewcomerAsTargetAndItsMinutes(
            TestDatabases.Kind kind) {
        CoreFixture f = quiet(kind, Write.CONTACT_ACTIVITY);
        Duos duos = new Duos(f);
        long buddy = duos.buddy("Annelies", 1);
        Trajectory duo = duos.active("Amira", buddy);

        ContactView contact = log(f, duo, 90, ActivityType.WALK);
        assertThat(f.bean(CrmWriter.class).writeDue()).isEqualTo(1);

        CrmWriteBack.ContactActivity activity = f.crm.activities().get(contact.id());
        assertThat(activity.buddyIds()).containsExactly(buddy);
        assertThat(activity.newcomerId()).isEqualTo(duo.newcomerId());
        assertThat(activity.minutes()).isEqualTo(90);
        assertThat(activity.at()).isEqualTo(f.clock.today().atStartOfDay());
        assertThat(activity.subject()).isEqualTo("Buddycontact: Wandelen, 90 min");
        CrmWrite write = only(f, CrmWriteKind.CONTACT_ACTIVITY, contact.id());
        assertThat(write.state()).isEqualTo(CrmWriteState.DONE);
        assertThat(write.crmId()).hasValue("activity-" + contact.id());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aHostThatWritesNothingBackGetsNoRowsAndNoCalls(TestDatabases.Kind kind) {
        CoreFixture f = quiet(kind);
        Duos duos = new Duos(f);
        Trajectory duo = duos.active("Bilal", duos.buddy("Bram", 1));
        log(f, duo, 60, ActivityType.COFFEE_OR_MEAL);
        close(f, duo);

        assertThat(rowsOf(f, duo)).isEmpty();
        assertThat(f.bean(CrmWriter.class).writeDue()).isZero();
        assertThat(f.crm.calls()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aCrmThatIsDownForAnHourLosesNothingAndStoresEachContactOnceWhenItIsBack(TestDatabases.Kind kind) {
        CoreFixture f = quiet(kind, Write.CONTACT_ACTIVITY);
        Duos duos = new Duos(f);
        Trajectory duo = duos.active("Chaima", duos.buddy("Charlotte", 1));
        f.crm.refuse("CiviCRM answered 500: DB Error: server has gone away", false);

        ContactView first = log(f, duo, 60, ActivityType.SPORT);
        ContactView second = log(f, duo, 45, ActivityType.CULTURE);
        CrmWriter writer = f.bean(CrmWriter.class);
        assertThat(writer.writeDue()).isZero();
        CrmWrite tried = only(f, CrmWriteKind.CONTACT_ACTIVITY, first.id());
        assertThat(tried.state()).isEqualTo(CrmWriteState.PENDING);
        assertThat(tried.lastError()).hasValue("CiviCRM answered 500: DB Error: server has gone away");
        assertThat(tried.nextAttemptAt()).isEqualTo(now(f).plusMinutes(1));
        assertThat(only(f, CrmWriteKind.CONTACT_ACTIVITY, second.id()).attempts())
                .as("a round stops at a CRM that is down").isZero();

        for (int minute = 0; minute < 60; minute++) {
            f.clock.advance(Duration.ofMinutes(1));
            assertThat(writer.writeDue()).isZero();
        }
        f.crm.accept();
        f.clock.advance(Duration.ofHours(1));
        assertThat(writer.writeDue()).isEqualTo(2);

        assertThat(f.crm.activities()).containsKeys(first.id(), second.id());
        assertThat(f.crm.calls().stream().filter(c -> c.equals("recordContact " + first.id())).count())
                .as("at 0, 1, 3, 7, 15 and 31 minutes while down, then stored").isEqualTo(7);
        assertThat(only(f, CrmWriteKind.CONTACT_ACTIVITY, first.id()).lastError()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aLostAnswerIsRetriedAndTheCrmStillHoldsOneActivity(TestDatabases.Kind kind) {
        CoreFixture f = quiet(kind, Write.CONTACT_ACTIVITY);
        Duos duos = new Duos(f);
        Trajectory duo = duos.active("Dina", duos.buddy("Dirk", 1));
        ContactView contact = log(f, duo, 30, ActivityType.ONLINE);
        f.crm.loseNextAnswer();

        CrmWriter writer = f.bean(CrmWriter.class);
        assertThat(writer.writeDue()).isZero();
        f.clock.advance(Duration.ofMinutes(2));
        assertThat(writer.writeDue()).isEqualTo(1);

        assertThat(f.crm.calls()).containsExactly("recordContact " + contact.id(), "recordContact " + contact.id());
        assertThat(f.crm.activities().keySet().stream().filter(k -> k == contact.id())).hasSize(1);
        assertThat(only(f, CrmWriteKind.CONTACT_ACTIVITY, contact.id()).state()).isEqualTo(CrmWriteState.DONE);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aWriterKilledAfterTheCrmStoredAWriteSendsItAgainOnlyAfterItsLeaseAndTheCrmKeepsOne(TestDatabases.Kind kind) {
        CoreFixture f = quiet(kind, Write.CONTACT_ACTIVITY);
        Duos duos = new Duos(f);
        Trajectory duo = duos.active("Elif", duos.buddy("Els", 1));
        ContactView contact = log(f, duo, 120, ActivityType.NATURE);
        f.crm.dieAfterNextStore();

        CrmWriter writer = f.bean(CrmWriter.class);
        assertThatThrownBy(writer::writeDue).isInstanceOf(RecordingCrm.HostDied.class);
        assertThat(only(f, CrmWriteKind.CONTACT_ACTIVITY, contact.id()).state()).isEqualTo(CrmWriteState.WRITING);

        f.clock.advance(Duration.ofMinutes(4));
        assertThat(writer.writeDue()).as("another host leaves a claim alone while its lease runs").isZero();
        f.clock.advance(Duration.ofMinutes(2));
        assertThat(writer.writeDue()).isEqualTo(1);

        assertThat(f.crm.calls()).containsExactly("recordContact " + contact.id(), "recordContact " + contact.id());
        assertThat(f.crm.activities()).containsKey(contact.id());
        assertThat(only(f, CrmWriteKind.CONTACT_ACTIVITY, contact.id()).state()).isEqualTo(CrmWriteState.DONE);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aRefusedWriteFailsForGoodWithTheCrmsMessageAndTheAdminCanRetryIt(TestDatabases.Kind kind) {
        CoreFixture f = quiet(kind, Write.CONTACT_ACTIVITY);
        Duos duos = new Duos(f);
        Trajectory duo = duos.active("Fatma", duos.buddy("Frank", 1));
        ContactView refused = log(f, duo, 60, ActivityType.ERRANDS);
        f.crm.refuse("Contact id 4711 not found", true);
        CrmWriter writer = f.bean(CrmWriter.class);
        assertThat(writer.writeDue()).isZero();
        f.crm.accept();
        ContactView next = log(f, duo, 60, ActivityType.ERRANDS);
        assertThat(writer.writeDue()).as("a refusal of one write does not hold up the others").isEqualTo(1);
        assertThat(f.crm.activities()).containsKey(next.id()).doesNotContainKey(refused.id());

        f.signInAdmin();
        CrmAdmin admin = f.bean(CrmAdmin.class);
        CrmWrite failed = admin.queue(10).get(0);
        assertThat(failed.sourceKey()).isEqualTo(refused.id());
        assertThat(failed.state()).isEqualTo(CrmWriteState.FAILED);
        assertThat(failed.lastError()).hasValue("Contact id 4711 not found");
        assertThat(admin.figures().get(CrmWriteState.FAILED)).isEqualTo(1);

        assertThat(admin.retryAllFailed()).isEqualTo(1);
        assertThat(writer.writeDue()).isEqualTo(1);
        assertThat(f.crm.activities()).containsKey(refused.id());
        assertThat(admin.figures().get(CrmWriteState.FAILED)).isZero();
        assertThatThrownBy(() -> admin.retry(failed.id())).as("it is done")
                .isInstanceOf(RuleViolationException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aStartedDuoBecomesARelationshipWhoseEndWaitsForItsStartAndComesAfterIt(TestDatabases.Kind kind) {
        CoreFixture f = quiet(kind, Write.BUDDY_RELATIONSHIP);
        Duos duos = new Duos(f);
        long buddy = duos.buddy("Gert", 1);
        f.crm.refuse("Connection refused", false);
        Trajectory duo = duos.active("Ghalia", buddy);
        CrmWriter writer = f.bean(CrmWriter.class);
        assertThat(writer.writeDue()).isZero();
        f.crm.accept();
        close(f, duo);

        f.clock.advance(Duration.ofSeconds(30));
        assertThat(writer.writeDue()).as("the end is not due before its start is stored").isZero();
        f.clock.advance(Duration.ofMinutes(1));
        assertThat(writer.writeDue()).as("the start").isEqualTo(1);
        assertThat(writer.writeDue()).as("then the end, in the next round").isEqualTo(1);

        assertThat(f.crm.calls()).containsExactly("startRelationship " + duo.id() + "/" + buddy,
                "startRelationship " + duo.id() + "/" + buddy, "endRelationship " + duo.id() + "/" + buddy);
        RecordingCrm.Relationship relationship = f.crm.relationships().stream()
                .filter(r -> r.relationship().key() == duo.id()).findFirst().orElseThrow();
        assertThat(relationship.relationship().buddyId()).isEqualTo(buddy);
        assertThat(relationship.relationship().newcomerId()).isEqualTo(duo.newcomerId());
        assertThat(relationship.relationship().startDate()).isEqualTo(duo.startedOn().orElseThrow());
        assertThat(relationship.endDate()).isEqualTo(f.clock.today());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aSecondDuoOfTheSameTwoStartsInTheCrmOnlyAfterTheFirstEnded(TestDatabases.Kind kind) {
        CoreFixture f = quiet(kind, Write.BUDDY_RELATIONSHIP);
        Duos duos = new Duos(f);
        long buddy = duos.buddy("Jens", 2);
        f.crm.refuse("Connection refused", false);
        Trajectory first = duos.active("Jamila", buddy);
        CrmWriter writer = f.bean(CrmWriter.class);
        assertThat(writer.writeDue()).isZero();
        f.crm.accept();
        f.signInCoordinator();
        TrajectoryService trajectories = f.bean(TrajectoryService.class);
        trajectories.close(first.id(), trajectories.find(first.id()).version(), EndReason.OTHER, null, true);
        Trajectory waiting = f.db().inTransaction(em -> em.createQuery(
                        "select t from Trajectory t where t.newcomerId = :n and t.id <> :first", Trajectory.class)
                .setParameter("n", first.newcomerId()).setParameter("first", first.id()).getSingleResult());
        ProposalService proposals = f.bean(ProposalService.class);
        Trajectory proposed = proposals.propose(waiting.id(), waiting.version(),
                List.of(new Candidate(buddy, 1.0, "opnieuw")));
        Trajectory accepted = proposals.accept(proposed.id(), proposed.version());
        Trajectory second = trajectories.start(accepted.id(), accepted.version(),
                new StartInput(f.clock.today(), null, null, Duos.AGREEMENT));

        assertThat(writer.writeDue()).as("the second start waits for the first duo's start and end").isZero();
        f.clock.advance(Duration.ofMinutes(1));
        while (writer.writeDue() > 0) {
            f.clock.advance(Duration.ofSeconds(10));
        }

        assertThat(f.crm.calls()).containsExactly("startRelationship " + first.id() + "/" + buddy,
                "startRelationship " + first.id() + "/" + buddy, "endRelationship " + first.id() + "/" + buddy,
                "startRelationship " + second.id() + "/" + buddy);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aDuoThatStartedBeforeWriteBackGetsNoEndInTheCrm(TestDatabases.Kind kind) {
        CoreFixture f = quiet(kind);
        Duos duos = new Duos(f);
        Trajectory duo = duos.active("Hafsa", duos.buddy("Hilde", 1));
        f.crm.switchTo(Write.BUDDY_RELATIONSHIP);
        close(f, duo);

        assertThat(rowsOf(f, duo)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void erasingANewcomerDropsTheWritesThatWouldStillSendHimToTheCrm(TestDatabases.Kind kind) {
        CoreFixture f = quiet(kind, Write.CONTACT_ACTIVITY, Write.BUDDY_RELATIONSHIP);
        Duos duos = new Duos(f);
        f.crm.refuse("Connection refused", false);
        Trajectory duo = duos.active("Ilyas", duos.buddy("Inge", 1));
        log(f, duo, 60, ActivityType.HOME_VISIT);
        assertThat(rowsOf(f, duo)).hasSize(2);

        f.signInAdmin();
        f.bean(PrivacyService.class).erase(duo.newcomerId(), false);

        assertThat(rowsOf(f, duo)).isEmpty();
        f.crm.accept();
        f.clock.advance(Duration.ofHours(2));
        f.bean(CrmWriter.class).writeDue();
        assertThat(f.crm.calls()).noneMatch(c -> c.contains(" " + duo.id() + "/"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void onlyAnAdminSeesTheQueueOrRetries(TestDatabases.Kind kind) {
        CoreFixture f = quiet(kind);
        f.signInCoordinator();
        CrmAdmin admin = f.bean(CrmAdmin.class);

        assertThatThrownBy(() -> admin.queue(10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(admin::retryAllFailed).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(admin::writes).isInstanceOf(AccessDeniedException.class);
    }

    /** The shared fixture with no write waiting from an earlier test, no calls recorded, and these writes on. */
    private static CoreFixture quiet(TestDatabases.Kind kind, Write... writes) {
        CoreFixture f = fixture(kind);
        f.crm.accept();
        f.clock.advance(Duration.ofHours(2));
        CrmWriter writer = f.bean(CrmWriter.class);
        while (writer.writeDue() > 0) {
            f.clock.advance(Duration.ofHours(2));
        }
        f.db().runInTransaction(em -> em.createQuery("delete from CrmWrite w where w.state <> :done")
                .setParameter("done", CrmWriteState.DONE).executeUpdate());
        f.crm.clearCalls();
        f.crm.switchTo(writes);
        return f;
    }

    private static ContactView log(CoreFixture f, Trajectory duo, int minutes, ActivityType activity) {
        f.signInCoordinator();
        return f.bean(ContactService.class).log(new ContactInput(duo.id(), f.clock.today(), minutes, activity,
                true, false, null, null));
    }

    private static void close(CoreFixture f, Trajectory duo) {
        f.signInCoordinator();
        Trajectory current = f.bean(TrajectoryService.class).find(duo.id());
        f.bean(TrajectoryService.class).close(duo.id(), current.version(), EndReason.COMPLETED, null);
    }

    private static CrmWrite only(CoreFixture f, CrmWriteKind kind, long sourceKey) {
        return f.db().inTransaction(em -> em.createQuery(
                        "select w from CrmWrite w where w.kind = :k and w.sourceKey = :s", CrmWrite.class)
                .setParameter("k", kind).setParameter("s", sourceKey).getSingleResult());
    }

    private static List<CrmWrite> rowsOf(CoreFixture f, Trajectory duo) {
        return f.db().inTransaction(em -> em.createQuery(
                        "select w from CrmWrite w where w.trajectoryId = :t order by w.id", CrmWrite.class)
                .setParameter("t", duo.id()).getResultList());
    }

    private static LocalDateTime now(CoreFixture f) {
        return LocalDateTime.ofInstant(f.clock.instant(), ZoneOffset.UTC);
    }
}
