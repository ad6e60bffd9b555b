package be.buddytrajectories.core.matchproposal;

import be.buddytrajectories.core.matchproposal.MatchProposal.Limits;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A buddy the coordinator proposes, with the matcher's score and reasons (or none, for a hand-made proposal).
 *
 * @param reasons the matcher's reasons as shown to the coordinator, one per line
 */
public record Candidate(long volunteerId, @PositiveOrZero double score,
                        @Size(max = Limits.REASONS_LENGTH, message = "{buddy.text.tooLong}") String reasons) {
}
