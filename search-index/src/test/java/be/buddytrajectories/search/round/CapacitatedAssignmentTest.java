package be.buddytrajectories.search.round;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.search.round.CapacitatedAssignment.Candidate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CapacitatedAssignmentTest {

    @Test
    void beatsGreedyWhenTheFirstNewcomersFavouriteIsAnotherOnesOnlyGoodMatch() {
        // Greedy in waiting-list order gives A→x (10) and B→y (1): 11. The optimum is A→y, B→x: 9 + 8 = 17.
        List<List<Candidate>> candidates = List.of(
                List.of(new Candidate("x", 10), new Candidate("y", 9)),
                List.of(new Candidate("x", 8), new Candidate("y", 1)));

        int[] assignment = CapacitatedAssignment.solve(candidates, Map.of("x", 1, "y", 1));

        assertThat(assignment).containsExactly(1, 0);
    }

    @Test
    void respectsCapacitiesAndLeavesTheRestUnassigned() {
        List<List<Candidate>> candidates = List.of(
                List.of(new Candidate("x", 5)),
                List.of(new Candidate("x", 6)),
                List.of(new Candidate("x", 4), new Candidate("z", 1)));

        int[] assignment = CapacitatedAssignment.solve(candidates, Map.of("x", 2, "z", 0));

        assertThat(assignment).containsExactly(0, 0, -1);
    }

    @Test
    void equalScoresGoToTheNewcomerFirstOnTheWaitingList() {
        List<List<Candidate>> candidates = List.of(List.of(new Candidate("x", 3)), List.of(new Candidate("x", 3)));

        assertThat(CapacitatedAssignment.solve(candidates, Map.of("x", 1))).containsExactly(0, -1);
    }
}
