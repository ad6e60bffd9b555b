package be.buddytrajectories.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FigureTest {

    private static final Figure SUPPRESSED = new Figure(null, true);

    private static Map<String, Long> counts(Object... pairs) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            counts.put((String) pairs[i], ((Integer) pairs[i + 1]).longValue());
        }
        return counts;
    }

    @Test
    void countsOfOneToFourPeopleAreSuppressedAndNoneOrFiveAreShown() {
        assertThat(Figure.count(0)).isEqualTo(new Figure(0.0, false));
        assertThat(Figure.count(1)).isEqualTo(SUPPRESSED);
        assertThat(Figure.count(4)).isEqualTo(SUPPRESSED);
        assertThat(Figure.count(5)).isEqualTo(new Figure(5.0, false));
    }

    @Test
    void aMedianOverFewerThanFivePeopleIsSuppressedAndOverNobodyThereIsNone() {
        assertThat(Figure.about(4, 41.0)).isEqualTo(SUPPRESSED);
        assertThat(Figure.about(5, 41.0)).isEqualTo(new Figure(41.0, false));
        assertThat(Figure.about(0, 0)).isEqualTo(Figure.none());
        assertThat(Figure.sum(0, 0)).isEqualTo(new Figure(0.0, false));
    }

    @Test
    void aLoneSuppressedCountTakesTheSmallestOtherCountWithItSoThatTheTotalDoesNotGiveItAway() {
        Map<String, Figure> figures = Figure.breakdown(counts("completed", 9, "moved", 2, "time", 6, "health", 0));

        assertThat(figures).containsEntry("completed", new Figure(9.0, false)).containsEntry("moved", SUPPRESSED)
                .containsEntry("time", SUPPRESSED).containsEntry("health", new Figure(0.0, false));
    }

    @Test
    void twoSuppressedCountsOrASmallTotalNeedNothingMoreSuppressed() {
        assertThat(Figure.breakdown(counts("a", 2, "b", 3, "c", 8)))
                .containsEntry("a", SUPPRESSED).containsEntry("b", SUPPRESSED).containsEntry("c", new Figure(8.0, false));
        assertThat(Figure.breakdown(counts("a", 3, "b", 0))).containsEntry("a", SUPPRESSED)
                .containsEntry("b", new Figure(0.0, false));
    }
}
