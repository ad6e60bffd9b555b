package be.buddytrajectories.core.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.access.AccessDeniedException;
import be.buddytrajectories.core.alerts.Alert;
import be.buddytrajectories.core.alerts.AlertKind;
import be.buddytrajectories.core.alerts.AlertService;
import be.buddytrajectories.core.caseload.CaseloadEntry;
import be.buddytrajectories.core.caseload.CaseloadService;
import be.buddytrajectories.core.rules.ConcurrentEditException;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Duos;
import be.buddytrajectories.core.trajectory.EndReason;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.core.trajectory.TrajectoryStatus;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Handover and cover between coordinators (issue 20, point 3). */
class HandoverServiceIT {

    private CoreFixture f;

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    private HandoverService handover() {
        return f.bean(HandoverService.class);
    }

    private Trajectory assign(Trajectory t, long coordinator) {
        return f.bean(TrajectoryService.class).assignCoordinator(t.id(), t.version(), coordinator);
    }

    private int audited(String action) {
        return f.queryInt("select count(*) from buddy_audit_entry where action = '" + action + "'");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aDuosCoordinatorChangesAuditedAndAStaleFormChangesNothing(TestDatabases.Kind kind) {
        f = new CoreFixture(kind);
        Duos duos = new Duos(f);
        Trajectory duo = duos.active("Amal", duos.buddy("Anke", 1));
        long other = f.signInCoordinator();

        Trajectory moved = assign(duo, other);

        assertThat(moved.coordinatorId()).contains(other);
        assertThat(f.queryInt("select count(*) from buddy_audit_entry where action = 'ASSIGN_COORDINATOR'"
                + " and subject_person_id = " + duo.newcomerId())).isEqualTo(1);
        assertThatThrownBy(() -> assign(duo, f.signInCoordinator())).isInstanceOf(ConcurrentEditException.class);
        assertThat(f.bean(TrajectoryService.class).find(duo.id()).coordinatorId()).contains(other);
        assertThat(handover().coordinators()).contains(other);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void movingAllOfACoordinatorCountsAndMovesOnlyHisOpenDuos(TestDatabases.Kind kind) {
        f = new CoreFixture(kind);
        Duos duos = new Duos(f);
        long buddy = duos.buddy("Bram", 3);
        List<Trajectory> open = List.of(duos.waiting("Bilal", false), duos.proposed("Basma", buddy),
                duos.active("Badr", buddy));
        Trajectory closing = duos.active("Bouchra", buddy);
        long from = f.signInCoordinator();
        long to = f.signInCoordinator();
        long bystander = f.signInCoordinator();
        open.forEach(t -> assign(t, from));
        Trajectory closed = f.bean(TrajectoryService.class).close(closing.id(), assign(closing, from).version(),
                EndReason.COMPLETED, null);
        Trajectory elsewhere = assign(duos.waiting("Bahia", false), bystander);
        int assignedBefore = audited("ASSIGN_COORDINATOR");

        assertThat(handover().openDuos(from)).isEqualTo(3);
        assertThatThrownBy(() -> handover().moveAll(new HandoverInput(from, to, 2)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Meanwhile the number of open duos changed to 3 (you confirmed 2). Check the number and"
                        + " move again.");
        assertThat(handover().openDuos(to)).isZero();

        assertThat(handover().moveAll(new HandoverInput(from, to, 3))).isEqualTo(3);

        TrajectoryService trajectories = f.bean(TrajectoryService.class);
        assertThat(open).allSatisfy(t -> assertThat(trajectories.find(t.id()).coordinatorId()).contains(to));
        assertThat(trajectories.find(closed.id()).coordinatorId()).contains(from);
        assertThat(trajectories.find(closed.id()).status()).isEqualTo(TrajectoryStatus.CLOSED);
        assertThat(trajectories.find(elsewhere.id()).coordinatorId()).contains(bystander);
        assertThat(handover().openDuos(from)).isZero();
        assertThat(handover().openDuos(to)).isEqualTo(3);
        assertThat(audited("ASSIGN_COORDINATOR")).isEqualTo(assignedBefore + 3);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aHandoverToTheSameCoordinatorOrWithoutOneIsRefused(TestDatabases.Kind kind) {
        f = new CoreFixture(kind);
        long me = f.signInCoordinator();

        assertThatThrownBy(() -> handover().moveAll(new HandoverInput(me, me, 0)))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).messageKey()).isEqualTo("buddy.handover.same");
        assertThatThrownBy(() -> handover().moveAll(new HandoverInput(me, null, 0)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Kies de coördinator die de duo's overneemt.");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aCoverInForceShowsTheAbsentCoordinatorsAlertsToTheCoveringOneOnlyWithinItsDates(TestDatabases.Kind kind) {
        f = new CoreFixture(kind);
        Duos duos = new Duos(f);
        Trajectory duo = duos.active("Charifa", duos.buddy("Chris", 1));
        long absent = f.signInCoordinator();
        long covering = f.signInCoordinator();
        long other = f.signInCoordinator();
        assign(duo, absent);
        LocalDate start = f.clock.today();
        Cover cover = handover().arrangeCover(new CoverInput(absent, covering, start.plusDays(20), start.plusDays(25)));
        assertThat(audited("ARRANGE_COVER")).isEqualTo(1);

        // No contact for 20 days: the duo has an alert all along.
        f.clock.setToday(start.plusDays(19));
        assertThat(alertsOf(covering)).isEmpty();
        assertThat(caseloadOf(covering)).isEmpty();
        f.clock.setToday(start.plusDays(20));
        assertThat(alertsOf(covering)).extracting(Alert::trajectoryId, Alert::coordinatorId)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(duo.id(), absent));
        assertThat(alertsOf(covering)).extracting(Alert::kind).contains(AlertKind.NO_CONTACT_WARNING);
        assertThat(caseloadOf(covering)).extracting(CaseloadEntry::trajectoryId, CaseloadEntry::coveredFor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(duo.id(), absent));
        assertThat(alertsOf(absent)).extracting(Alert::trajectoryId).contains(duo.id());
        assertThat(caseloadOf(absent)).extracting(CaseloadEntry::coveredFor).containsExactly((Long) null);
        assertThat(alertsOf(other)).isEmpty();
        f.signInCoordinator(covering);
        assertThat(handover().myCovers()).extracting(Cover::id).containsExactly(cover.id());
        f.signInCoordinator(absent);
        assertThat(handover().myCovers()).extracting(Cover::id).containsExactly(cover.id());
        f.signInCoordinator(other);
        assertThat(handover().myCovers()).isEmpty();
        f.clock.setToday(start.plusDays(25));
        assertThat(alertsOf(covering)).isNotEmpty();
        f.clock.setToday(start.plusDays(26));
        assertThat(alertsOf(covering)).isEmpty();
        assertThat(alertsOf(absent)).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aCoverEndedEarlyNoLongerShowsTheDuosAndFreesItsPeriod(TestDatabases.Kind kind) {
        f = new CoreFixture(kind);
        Duos duos = new Duos(f);
        Trajectory duo = duos.active("Dina", duos.buddy("Dirk", 1));
        long absent = f.signInCoordinator();
        long covering = f.signInCoordinator();
        long later = f.signInCoordinator();
        assign(duo, absent);
        LocalDate today = f.clock.today();
        Cover cover = handover().arrangeCover(new CoverInput(absent, covering, today, today.plusDays(10)));
        assertThat(caseloadOf(covering)).hasSize(1);

        f.clock.setToday(today.plusDays(3));
        f.signInCoordinator(covering);
        Cover ended = handover().endCover(cover.id(), cover.version());

        assertThat(ended.lastDay()).isEqualTo(today.plusDays(2));
        assertThat(caseloadOf(covering)).isEmpty();
        assertThat(audited("END_COVER")).isEqualTo(1);
        assertThatThrownBy(() -> handover().endCover(cover.id(), ended.version()))
                .isInstanceOf(RuleViolationException.class).hasMessage("This cover has already ended.");
        Cover next = handover().arrangeCover(new CoverInput(absent, later, today.plusDays(3), today.plusDays(10)));
        assertThat(caseloadOf(later)).extracting(CaseloadEntry::coveredFor).containsExactly(absent);
        assertThat(handover().covers()).extracting(Cover::id).containsExactly(next.id());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void overlappingSelfReversedAndChainedCoversAreRefusedAndChangeNothing(TestDatabases.Kind kind) {
        f = new CoreFixture(kind);
        long absent = f.signInCoordinator();
        long covering = f.signInCoordinator();
        long third = f.signInCoordinator();
        LocalDate today = f.clock.today();
        handover().arrangeCover(new CoverInput(absent, covering, today.plusDays(5), today.plusDays(9)));

        assertThat(refusal(new CoverInput(absent, absent, today, today))).isEqualTo("buddy.cover.self");
        assertThat(refusal(new CoverInput(absent, third, today.plusDays(9), today.plusDays(12))))
                .isEqualTo("buddy.cover.overlap");
        assertThat(refusal(new CoverInput(third, absent, today.plusDays(1), today.plusDays(5))))
                .isEqualTo("buddy.cover.chain");
        assertThat(refusal(new CoverInput(covering, third, today.plusDays(7), today.plusDays(7))))
                .isEqualTo("buddy.cover.chain");
        assertThat(refusal(new CoverInput(third, covering, today.plusDays(3), today.plusDays(2))))
                .isEqualTo("buddy.cover.order");
        assertThat(refusal(new CoverInput(third, covering, today.minusDays(3), today.minusDays(1))))
                .isEqualTo("buddy.cover.past");
        assertThat(refusal(new CoverInput(third, covering, today, today.plusDays(Cover.Limits.MAX_DAYS))))
                .isEqualTo("buddy.cover.tooLong");
        assertThatThrownBy(() -> handover().arrangeCover(new CoverInput(third, null, today, null)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Kies de coördinator die vervangt.")
                .hasMessageContaining("Vul de laatste dag van de afwezigheid in.");
        assertThat(f.queryInt("select count(*) from buddy_cover where absent_coordinator in (" + absent + ", "
                + covering + ", " + third + ")")).isEqualTo(1);
        assertThat(audited("ARRANGE_COVER")).isEqualTo(1);

        // Covering two absent colleagues at once is fine, and so is a cover right after another.
        handover().arrangeCover(new CoverInput(third, covering, today.plusDays(5), today.plusDays(9)));
        handover().arrangeCover(new CoverInput(absent, third, today.plusDays(10), today.plusDays(12)));
        assertThat(handover().covers()).hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aBuddyIsRefusedEveryHandoverAndCoverOperation(TestDatabases.Kind kind) {
        f = new CoreFixture(kind);
        Duos duos = new Duos(f);
        long buddy = duos.buddy("Eva", 1);
        long coordinator = f.signInCoordinator();
        long colleague = f.signInCoordinator();
        Cover cover = handover().arrangeCover(new CoverInput(coordinator, colleague, f.clock.today(),
                f.clock.today()));
        f.signInBuddy(buddy);
        LocalDate today = f.clock.today();

        assertThatThrownBy(() -> handover().coordinators()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> handover().openDuos(coordinator)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> handover().moveAll(new HandoverInput(coordinator, colleague, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> handover().arrangeCover(new CoverInput(colleague, coordinator, today.plusDays(1),
                today.plusDays(2)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> handover().endCover(cover.id(), cover.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> handover().covers()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> handover().myCovers()).isInstanceOf(AccessDeniedException.class);
        assertThat(f.countRows("buddy_cover", "absent_coordinator", colleague)).isZero();
        assertThat(f.countRows("buddy_cover", "ended_early_on is null and id", cover.id())).isEqualTo(1);
    }

    private String refusal(CoverInput input) {
        try {
            handover().arrangeCover(input);
            throw new AssertionError("arranged: " + input);
        } catch (RuleViolationException refused) {
            return refused.messageKey();
        }
    }

    private List<Alert> alertsOf(long coordinator) {
        f.signInCoordinator(coordinator);
        return f.bean(AlertService.class).mine();
    }

    private List<CaseloadEntry> caseloadOf(long coordinator) {
        f.signInCoordinator(coordinator);
        return f.bean(CaseloadService.class).mine();
    }
}
