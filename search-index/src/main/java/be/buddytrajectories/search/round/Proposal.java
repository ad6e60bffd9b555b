package be.buddytrajectories.search.round;

import be.buddytrajectories.search.matching.Reason;
import java.util.List;

/** A draft pairing of a match round, with the matcher's score and reasons for this buddy. */
public record Proposal(String newcomerId, String buddyId, float score, int normalisedScore, List<Reason> reasons) {

    public Proposal {
        reasons = List.copyOf(reasons);
    }
}
