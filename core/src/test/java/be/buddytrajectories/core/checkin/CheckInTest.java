package be.buddytrajectories.core.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.rules.RuleViolationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CheckInTest {

    private static final LocalDate DUE = LocalDate.of(2026, 4, 1);

    @Test
    void aCheckInIsOverdueAfterItsDayUntilItIsDone() {
        CheckIn checkIn = new CheckIn(7L, DUE);

        assertThat(checkIn.overdueOn(DUE)).isFalse();
        assertThat(checkIn.overdueOn(DUE.plusDays(1))).isTrue();
        checkIn.markDone(DUE.plusDays(2), 900L, new CheckInInput(DUE.plusDays(2), 4, true, null, "goed bezig"));
        assertThat(checkIn.overdueOn(DUE.plusDays(3))).isFalse();
        assertThat(checkIn.done()).isTrue();
        assertThat(checkIn.fitPulse()).contains(4);
        assertThat(checkIn.doneBy()).contains(900L);
    }

    @Test
    void aCheckInIsDoneOnceAndASecondAnswerChangesNothing() {
        CheckIn checkIn = new CheckIn(7L, DUE);
        checkIn.markDone(DUE, 900L, new CheckInInput(DUE, 4, true, null, null));

        assertThatThrownBy(() -> checkIn.markDone(DUE.plusDays(1), 901L, new CheckInInput(DUE, 1, false, "x", null)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("buddy.checkIn.alreadyDone"));
        assertThat(checkIn.fitPulse()).contains(4);
        assertThat(checkIn.doneBy()).contains(900L);
    }
}
