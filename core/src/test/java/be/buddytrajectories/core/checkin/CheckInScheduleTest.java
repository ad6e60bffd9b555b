package be.buddytrajectories.core.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckInScheduleTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 15);

    @Test
    void theFirstCheckInsFollowTheScheduleThenOneEveryFewMonthsUntilThePlannedEnd() {
        assertThat(CheckInService.schedule(START, START.plusMonths(12),
                List.of(Period.ofWeeks(2), Period.ofMonths(1), Period.ofMonths(3)), 3))
                .containsExactly(LocalDate.of(2026, 1, 29), LocalDate.of(2026, 2, 15), LocalDate.of(2026, 4, 15),
                        LocalDate.of(2026, 7, 15), LocalDate.of(2026, 10, 15), LocalDate.of(2027, 1, 15));
    }

    @Test
    void aShortDuoGetsOnlyTheCheckInsBeforeItsEnd() {
        assertThat(CheckInService.schedule(START, START.plusMonths(2),
                List.of(Period.ofWeeks(2), Period.ofMonths(1), Period.ofMonths(3)), 3))
                .containsExactly(LocalDate.of(2026, 1, 29), LocalDate.of(2026, 2, 15));
    }
}
