package be.buddytrajectories.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.rules.RuleViolationException;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupActivityTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 20);

    @Test
    void attendanceOfBuddiesAndNewcomersIsRecordedOnlyOnceTheActivityTookPlace() {
        GroupActivity picnic = new GroupActivity("Picknick", DAY, 180);

        assertThatThrownBy(() -> picnic.recordAttendance(Set.of(7L), DAY.minusDays(3)))
                .isInstanceOf(RuleViolationException.class);
        picnic.recordAttendance(Set.of(7L, 8L), DAY);

        assertThat(picnic.attendees()).containsExactlyInAnyOrder(7L, 8L);
        assertThat(picnic.minutes()).isEqualTo(180);
        assertThat(picnic.title()).isEqualTo("Picknick");
    }
}
