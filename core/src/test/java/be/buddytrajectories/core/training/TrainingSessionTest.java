package be.buddytrajectories.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.rules.RuleViolationException;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrainingSessionTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    @Test
    void attendanceIsRefusedBeforeTheDayAndReplacedOnOrAfterIt() {
        TrainingSession session = new TrainingSession(TrainingKind.BASIC_TRAINING, "Basisvorming", DAY, 120);

        assertThatThrownBy(() -> session.recordAttendance(Set.of(1L), DAY.minusDays(1)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("buddy.session.notYetHeld"));
        assertThat(session.attendees()).isEmpty();
        session.recordAttendance(Set.of(1L, 2L), DAY);
        session.recordAttendance(Set.of(2L, 3L), DAY.plusDays(1));
        assertThat(session.attendees()).containsExactlyInAnyOrder(2L, 3L);
    }

    @Test
    void anErasedVolunteerLeavesTheAttendance() {
        TrainingSession session = new TrainingSession(TrainingKind.INTERVISION, "Intervisie", DAY, 120);
        session.recordAttendance(Set.of(1L, 2L), DAY);

        session.forgetAttendee(1L);

        assertThat(session.attendees()).containsExactly(2L);
    }
}
