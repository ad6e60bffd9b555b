package be.buddytrajectories.core.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.rules.RuleViolationException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TrajectoryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Agreement AGREEMENT = new Agreement("Nederlands oefenen", "wekelijks", "samen wandelen",
            "geen administratie", "huisvesting: OCMW", "Ilse Coördinator");

    /** Every business action, applied to a trajectory in some status. */
    private static final Map<String, Consumer<Trajectory>> ACTIONS = Map.of(
            "propose", t -> t.propose(List.of(7L), DAY),
            "accept", t -> t.accept(DAY),
            "decline", Trajectory::decline,
            "start", t -> t.start(DAY.plusDays(1), DAY.plusMonths(6), 40, AGREEMENT),
            "pause", t -> t.pause("vakantie", DAY),
            "resume", Trajectory::resume,
            "close", t -> t.close(EndReason.COMPLETED, null, DAY),
            "withdraw", t -> t.withdraw(EndReason.MOVED, null, DAY),
            "fitCheck", t -> t.recordFitCheck(FitCheck.GOOD, DAY),
            "changeAgreement", t -> t.changeAgreement(AGREEMENT));

    /** Where each action is allowed; everywhere else it must be refused. */
    private static final Map<String, Set<TrajectoryStatus>> ALLOWED = Map.of(
            "propose", EnumSet.of(TrajectoryStatus.WAITING),
            "accept", EnumSet.of(TrajectoryStatus.PROPOSED),
            "decline", EnumSet.of(TrajectoryStatus.PROPOSED),
            "start", EnumSet.of(TrajectoryStatus.PROPOSED),
            "pause", EnumSet.of(TrajectoryStatus.ACTIVE),
            "resume", EnumSet.of(TrajectoryStatus.PAUSED),
            "close", EnumSet.of(TrajectoryStatus.ACTIVE, TrajectoryStatus.PAUSED),
            "withdraw", EnumSet.of(TrajectoryStatus.WAITING, TrajectoryStatus.PROPOSED),
            "fitCheck", EnumSet.of(TrajectoryStatus.ACTIVE, TrajectoryStatus.PAUSED),
            "changeAgreement", EnumSet.of(TrajectoryStatus.ACTIVE, TrajectoryStatus.PAUSED));

    static Stream<Arguments> forbiddenTransitions() {
        return ALLOWED.entrySet().stream().flatMap(allowed -> EnumSet.complementOf(EnumSet.copyOf(allowed.getValue()))
                .stream().map(status -> Arguments.of(allowed.getKey(), status)));
    }

    @ParameterizedTest(name = "{0} is refused when {1}")
    @MethodSource("forbiddenTransitions")
    void aForbiddenTransitionIsRefusedWithAClearMessageAndChangesNothing(String action, TrajectoryStatus status) {
        Trajectory trajectory = in(status);

        assertThatThrownBy(() -> ACTIONS.get(action).accept(trajectory))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("Not possible for a duo with status '" + status.name().toLowerCase(Locale.ROOT) + "': ")
                .satisfies(e -> assertThat(((RuleViolationException) e).message(Locale.forLanguageTag("nl")))
                        .startsWith("Niet mogelijk bij een duo met status '"));
        assertThat(trajectory.status()).isEqualTo(status);
    }

    @Test
    void theMessageNamesTheActionAndTheStatusInTheUsersLanguage() {
        RuleViolationException refusal = catchRefusal(() -> in(TrajectoryStatus.WAITING).pause("ziek", DAY));

        assertThat(refusal.getMessage()).isEqualTo("Not possible for a duo with status 'waiting': pausing.");
        assertThat(refusal.message(Locale.forLanguageTag("nl")))
                .isEqualTo("Niet mogelijk bij een duo met status 'wachtend': pauzeren.");
        assertThat(refusal.messageKey()).isEqualTo("buddy.trajectory.transition.forbidden");
    }

    @Test
    void aDuoWalksFromTheWaitingListThroughAPauseToItsClosure() {
        Trajectory t = Trajectory.waitingList(1, DAY, 99L, false);
        t.propose(List.of(7L), DAY);
        t.accept(DAY);
        t.start(DAY.plusDays(3), DAY.plusMonths(6), 40, AGREEMENT);
        t.pause("examens", DAY.plusMonths(1));
        assertThat(t.pauseReason()).contains("examens");
        t.resume();
        t.close(EndReason.COMPLETED, "mooi traject", DAY.plusMonths(6));

        assertThat(t.status()).isEqualTo(TrajectoryStatus.CLOSED);
        assertThat(t.endReason()).contains(EndReason.COMPLETED);
        assertThat(t.pauseReason()).isEmpty();
        assertThat(t.endedEarly()).isFalse();
    }

    @Test
    void aDuoStartsOnlyAfterTheProposalWasAccepted() {
        Trajectory t = in(TrajectoryStatus.WAITING);
        t.propose(List.of(7L), DAY);

        assertThat(catchRefusal(() -> t.start(DAY, DAY.plusMonths(6), 40, AGREEMENT)).messageKey())
                .isEqualTo("buddy.trajectory.notAccepted");
        t.accept(DAY);
        assertThat(catchRefusal(() -> t.accept(DAY)).messageKey()).isEqualTo("buddy.trajectory.alreadyAccepted");
        assertThat(catchRefusal(() -> t.start(DAY.minusDays(1), DAY.plusMonths(6), 40, AGREEMENT)).messageKey())
                .isEqualTo("buddy.trajectory.startBeforeAcceptance");
        assertThat(catchRefusal(() -> t.start(DAY, DAY, 40, AGREEMENT)).messageKey())
                .isEqualTo("buddy.trajectory.endBeforeStart");
    }

    @Test
    void aTridemHasAtMostTwoDifferentBuddies() {
        assertThat(catchRefusal(() -> in(TrajectoryStatus.WAITING).propose(List.of(1L, 2L, 3L), DAY)).getMessage())
                .isEqualTo("A duo has one buddy, a tridem two: propose 1 to 2 different buddies.");
        assertThat(catchRefusal(() -> in(TrajectoryStatus.WAITING).propose(List.of(), DAY)).messageKey())
                .isEqualTo("buddy.trajectory.buddies.count");
        assertThat(catchRefusal(() -> in(TrajectoryStatus.WAITING).propose(List.of(4L, 4L), DAY)).messageKey())
                .isEqualTo("buddy.trajectory.buddies.count");

        Trajectory tridem = in(TrajectoryStatus.WAITING);
        tridem.propose(List.of(1L, 2L), DAY);
        assertThat(tridem.buddyIds()).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void aDeclineFreesTheBuddiesAndKeepsTheWaitingDate() {
        Trajectory t = in(TrajectoryStatus.PROPOSED);

        assertThat(t.decline()).containsExactly(7L);
        assertThat(t.status()).isEqualTo(TrajectoryStatus.WAITING);
        assertThat(t.buddyIds()).isEmpty();
        assertThat(t.waitingSince()).isEqualTo(DAY);
    }

    @Test
    void aPauseNeedsAReasonAndAClosureAnEndReason() {
        assertThat(catchRefusal(() -> in(TrajectoryStatus.ACTIVE).pause(" ", DAY)).messageKey())
                .isEqualTo("buddy.trajectory.pauseReasonRequired");
        assertThat(catchRefusal(() -> in(TrajectoryStatus.ACTIVE).close(null, null, DAY)).messageKey())
                .isEqualTo("buddy.trajectory.endReasonRequired");
    }

    @Test
    void theFitCheckIsRecordedOnce() {
        Trajectory t = in(TrajectoryStatus.ACTIVE);
        t.recordFitCheck(FitCheck.UNSURE, DAY);

        assertThat(catchRefusal(() -> t.recordFitCheck(FitCheck.GOOD, DAY)).messageKey())
                .isEqualTo("buddy.trajectory.fitCheckDone");
        assertThat(t.fitCheck()).contains(FitCheck.UNSURE);
    }

    @Test
    void aRematchFollowsNotAGoodFitOnlyAndKeepsTheOriginalWaitingDateWithPriority() {
        Trajectory unsure = in(TrajectoryStatus.ACTIVE);
        unsure.recordFitCheck(FitCheck.UNSURE, DAY);
        assertThat(catchRefusal(() -> unsure.closeForRematch(null, DAY)).messageKey())
                .isEqualTo("buddy.trajectory.rematchNeedsMismatch");

        Trajectory mismatch = in(TrajectoryStatus.ACTIVE);
        mismatch.recordFitCheck(FitCheck.NOT_A_GOOD_FIT, DAY.plusDays(10));
        Trajectory next = mismatch.closeForRematch("geen klik", DAY.plusDays(10));

        assertThat(mismatch.status()).isEqualTo(TrajectoryStatus.CLOSED);
        assertThat(mismatch.endReason()).contains(EndReason.MISMATCH);
        assertThat(mismatch.endedEarly()).isTrue();
        assertThat(next.status()).isEqualTo(TrajectoryStatus.WAITING);
        assertThat(next.rematchPriority()).isTrue();
        assertThat(next.waitingSince()).isEqualTo(DAY);
        assertThat(next.newcomerId()).isEqualTo(mismatch.newcomerId());
    }

    @Test
    void aClosedTrajectoryGetsNoOtherCoordinator() {
        assertThat(catchRefusal(() -> in(TrajectoryStatus.CLOSED).assignCoordinator(5)).getMessage())
                .isEqualTo("Not possible for a duo with status 'closed': assigning a coordinator.");
    }

    private static Trajectory in(TrajectoryStatus status) {
        Trajectory t = Trajectory.waitingList(1, DAY, 99L, false);
        if (status == TrajectoryStatus.WAITING) {
            return t;
        }
        t.propose(List.of(7L), DAY);
        if (status == TrajectoryStatus.PROPOSED) {
            return t;
        }
        t.accept(DAY);
        t.start(DAY.plusDays(1), DAY.plusMonths(6), 40, AGREEMENT);
        if (status == TrajectoryStatus.PAUSED) {
            t.pause("ziekte", DAY.plusDays(20));
        } else if (status == TrajectoryStatus.CLOSED) {
            t.close(EndReason.TIME, null, DAY.plusMonths(6));
        }
        return t;
    }

    private static RuleViolationException catchRefusal(Runnable action) {
        try {
            action.run();
        } catch (RuleViolationException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }
}
