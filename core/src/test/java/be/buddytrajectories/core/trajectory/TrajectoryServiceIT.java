package be.buddytrajectories.core.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.access.AccessDeniedException;
import be.buddytrajectories.core.checkin.CheckIn;
import be.buddytrajectories.core.checkin.CheckInService;
import be.buddytrajectories.core.matchproposal.ProposalService;
import be.buddytrajectories.core.rules.ConcurrentEditException;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Duos;
import be.buddytrajectories.core.testing.FixturePerKind;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TrajectoryServiceIT extends FixturePerKind {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void startingADuoUsesTheProgrammeDefaultsAndSchedulesTheCheckIns(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        long buddy = duos.buddy("Anke", 1);

        Trajectory active = duos.active("Amal", buddy);

        assertThat(active.status()).isEqualTo(TrajectoryStatus.ACTIVE);
        assertThat(active.plannedEnd()).contains(CoreFixture.START.plusMonths(6));
        assertThat(active.hoursTarget()).contains(40);
        assertThat(active.agreement().orElseThrow().contactPerson()).isEqualTo("Ilse Verstraete");
        assertThat(f.bean(CheckInService.class).of(active.id())).extracting(CheckIn::dueOn).containsExactly(
                CoreFixture.START.plusWeeks(2), CoreFixture.START.plusMonths(1), CoreFixture.START.plusMonths(3),
                CoreFixture.START.plusMonths(6));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aDuoPausesResumesAndClosesWithAReasonAndItsOpenCheckInsAreDropped(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        Trajectory t = duos.active("Bilal", duos.buddy("Bart", 1));
        TrajectoryService service = f.bean(TrajectoryService.class);

        t = service.pause(t.id(), t.version(), "ramadan en examens");
        assertThat(t.status()).isEqualTo(TrajectoryStatus.PAUSED);
        t = service.resume(t.id(), t.version());
        t = service.close(t.id(), t.version(), EndReason.FOUND_WORK_OR_STUDY, "werkt nu voltijds");

        assertThat(t.status()).isEqualTo(TrajectoryStatus.CLOSED);
        assertThat(t.endReason()).contains(EndReason.FOUND_WORK_OR_STUDY);
        assertThat(t.closedOn()).contains(f.clock.today());
        assertThat(f.bean(CheckInService.class).of(t.id())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aForbiddenTransitionThroughTheServiceChangesNothing(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Trajectory waiting = new Duos(f).waiting("Chadia", false);
        TrajectoryService service = f.bean(TrajectoryService.class);

        assertThatThrownBy(() -> service.pause(waiting.id(), waiting.version(), "vakantie"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Not possible for a duo with status 'waiting': pausing.");
        Trajectory reread = service.find(waiting.id());
        assertThat(reread.status()).isEqualTo(TrajectoryStatus.WAITING);
        assertThat(reread.version()).isEqualTo(waiting.version());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anInvalidStartIsRefusedAndTheDuoStaysProposed(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        Trajectory proposed = duos.proposed("Dawit", duos.buddy("Dirk", 1));
        Trajectory accepted = f.bean(ProposalService.class).accept(proposed.id(), proposed.version());

        assertThatThrownBy(() -> f.bean(TrajectoryService.class).start(accepted.id(), accepted.version(),
                new StartInput(f.clock.today(), null, 0, Duos.AGREEMENT)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(f.bean(TrajectoryService.class).find(accepted.id()).status()).isEqualTo(TrajectoryStatus.PROPOSED);
        assertThat(f.bean(CheckInService.class).of(accepted.id())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void twoCoordinatorsEditingTheSameTrajectoryEndWithOneConflictAndNoLostUpdate(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        Trajectory seenByBoth = duos.active("Elif", duos.buddy("Els", 1));
        TrajectoryService service = f.bean(TrajectoryService.class);

        f.signInCoordinator();
        service.pause(seenByBoth.id(), seenByBoth.version(), "ziekenhuisopname");
        f.signInCoordinator();
        assertThatThrownBy(() -> service.changeAgreement(seenByBoth.id(), seenByBoth.version(), new Agreement(
                "andere doelen", "maandelijks", null, null, null, "Jan")))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessage("Someone else changed this in the meantime. Your change was not saved: reload and try again.");

        Trajectory now = service.find(seenByBoth.id());
        assertThat(now.status()).isEqualTo(TrajectoryStatus.PAUSED);
        assertThat(now.pauseReason()).contains("ziekenhuisopname");
        assertThat(now.agreement().orElseThrow().rhythm()).isEqualTo(Duos.AGREEMENT.rhythm());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void twoTransactionsChangingTheSameTrajectoryAtOnceCommitOneAndRefuseTheOther(TestDatabases.Kind kind)
            throws Exception {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        long id = duos.active("Farah", duos.buddy("Frank", 1)).id();
        CountDownLatch bothRead = new CountDownLatch(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = List.of("eerste coördinator", "tweede coördinator").stream()
                    .map(reason -> threads.submit(() -> {
                        try {
                            f.db().runInTransaction(em -> {
                                Trajectory t = em.find(Trajectory.class, id);
                                bothRead.countDown();
                                await(bothRead);
                                t.pause(reason, f.clock.today());
                            });
                            return "saved";
                        } catch (ConcurrentEditException e) {
                            return "conflict";
                        }
                    })).toList();

            List<String> results = List.of(outcomes.get(0).get(), outcomes.get(1).get());
            assertThat(results).containsExactlyInAnyOrder("saved", "conflict");
            Trajectory after = f.bean(TrajectoryService.class).find(id);
            assertThat(after.pauseReason().orElseThrow())
                    .isEqualTo(results.get(0).equals("saved") ? "eerste coördinator" : "tweede coördinator");
        } finally {
            threads.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aRematchAfterNotAGoodFitPutsTheNewcomerFirstWithHisOriginalWaitingDate(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        Trajectory active = duos.active("Gulnaz", duos.buddy("Geert", 1));
        TrajectoryService service = f.bean(TrajectoryService.class);
        f.clock.advanceDays(20);
        new Duos(f).waiting("Hana", true);

        Trajectory checked = service.recordFitCheck(active.id(), active.version(), FitCheck.NOT_A_GOOD_FIT);
        Trajectory next = service.rematch(checked.id(), checked.version(), "geen klik bij eerste ontmoeting");

        assertThat(service.find(active.id()).endReason()).contains(EndReason.MISMATCH);
        assertThat(next.rematchPriority()).isTrue();
        assertThat(next.waitingSince()).isEqualTo(CoreFixture.START);
        assertThat(service.waitingList().get(0).trajectoryId()).isEqualTo(next.id());
        assertThat(service.ofNewcomer(active.newcomerId())).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aBuddyReadsHisOwnDuosOnlyAndChangesNone(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        long mine = duos.buddy("Ine", 1);
        Trajectory myDuo = duos.active("Ismail", mine);
        Trajectory otherDuo = duos.active("Jamal", duos.buddy("Jef", 1));
        TrajectoryService service = f.bean(TrajectoryService.class);

        f.signInBuddy(mine);

        assertThat(service.myDuos()).extracting(Trajectory::id).containsExactly(myDuo.id());
        assertThat(service.find(myDuo.id()).id()).isEqualTo(myDuo.id());
        assertThatThrownBy(() -> service.find(otherDuo.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.pause(myDuo.id(), myDuo.version(), "vakantie"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(service::waitingList).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.ofNewcomer(otherDuo.newcomerId())).isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aNewcomerWhoseDuoEndedEarlyIsRequeuedWithThatNoted(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        Trajectory active = duos.active("Karim", duos.buddy("Koen", 1));
        TrajectoryService service = f.bean(TrajectoryService.class);
        Trajectory closed = service.close(active.id(), active.version(), EndReason.LOST_CONTACT, null);

        Trajectory again = service.requeue(closed.newcomerId());

        assertThat(again.earlierDuoEndedEarly()).isTrue();
        assertThat(again.status()).isEqualTo(TrajectoryStatus.WAITING);
        assertThatThrownBy(() -> service.requeue(closed.newcomerId())).isInstanceOf(RuleViolationException.class)
                .hasMessage("Newcomer " + closed.newcomerId() + " still has an open trajectory.");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void closingWithTheNewcomerBackOnTheListIsOneTransaction(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        TrajectoryService service = f.bean(TrajectoryService.class);
        Trajectory first = duos.active("Karim", duos.buddy("Koen", 1));
        Trajectory second = duos.active("Amal", duos.buddy("Lies", 1));
        // A second open trajectory makes putting Amal back on the list fail after her duo was closed.
        f.db().runInTransaction(em -> em.persist(Trajectory.waitingList(second.newcomerId(), CoreFixture.START,
                null, false)));

        Trajectory closed = service.close(first.id(), first.version(), EndReason.TIME, null, true);
        assertThatThrownBy(() -> service.close(second.id(), second.version(), EndReason.TIME, null, true))
                .isInstanceOf(RuleViolationException.class);

        assertThat(closed.status()).isEqualTo(TrajectoryStatus.CLOSED);
        assertThat(service.ofNewcomer(first.newcomerId())).extracting(Trajectory::status)
                .containsExactlyInAnyOrder(TrajectoryStatus.CLOSED, TrajectoryStatus.WAITING);
        assertThat(service.find(second.id()).status()).as("the close is undone with the failed requeue")
                .isEqualTo(TrajectoryStatus.ACTIVE);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
