package be.buddytrajectories.search.matching;

import java.util.List;

/**
 * A buddy suggested for a newcomer.
 *
 * @param buddyName as stored in the index, so that showing a suggestion needs no second lookup
 * @param score the sum of the soft clauses that matched, in weight points
 * @param normalisedScore the score as a share (0–100) of what a buddy matching every soft clause would get
 * @param reasons why, strongest first
 */
public record Suggestion(String buddyId, String buddyName, float score, int normalisedScore, List<Reason> reasons) {

    public Suggestion {
        reasons = List.copyOf(reasons);
    }
}
