package be.buddytrajectories.bench.eval;

import be.buddytrajectories.search.profile.BuddyProfileDocument;
import be.buddytrajectories.search.profile.NewcomerProfile;
import be.buddytrajectories.search.profile.ProgrammeRules;
import java.util.List;
import java.util.Map;

/**
 * A judged set as read from its JSON file.
 *
 * @param grades newcomer id → volunteer id → grade; absent pairs are grade 0
 */
public record JudgedSet(ProgrammeRules rules, List<BuddyProfileDocument> volunteers, List<NewcomerProfile> newcomers,
        Map<String, Map<String, Integer>> grades) {

    boolean judged() {
        return !grades.isEmpty();
    }
}
