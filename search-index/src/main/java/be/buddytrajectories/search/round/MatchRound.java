package be.buddytrajectories.search.round;

import be.buddytrajectories.search.index.ProfileIndex;
import be.buddytrajectories.search.matching.Matcher;
import be.buddytrajectories.search.matching.Suggestion;
import be.buddytrajectories.search.profile.MatchWeights;
import be.buddytrajectories.search.profile.NewcomerProfile;
import be.buddytrajectories.search.profile.ProgrammeRules;
import be.buddytrajectories.search.round.CapacitatedAssignment.Candidate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Proposes one assignment of all waiting newcomers to buddies for a matching moment. */
public final class MatchRound {

    private final ProfileIndex index;
    private final Matcher matcher;

    public MatchRound(ProfileIndex index, Matcher matcher) {
        this.index = index;
        this.matcher = matcher;
    }

    /**
     * @param waitingList newcomers in waiting-list order (earlier ones win ties)
     * @param candidatesPerNewcomer how many of each newcomer's best suggestions the assignment may choose from
     */
    public RoundResult propose(List<NewcomerProfile> waitingList, ProgrammeRules rules, MatchWeights weights,
            int candidatesPerNewcomer, Locale locale) throws IOException {
        List<List<Suggestion>> suggestions = new ArrayList<>();
        Map<String, Integer> capacities = new HashMap<>();
        for (NewcomerProfile newcomer : waitingList) {
            List<Suggestion> top = matcher.suggest(newcomer, rules, weights, candidatesPerNewcomer, locale);
            suggestions.add(top);
            for (Suggestion suggestion : top) {
                if (!capacities.containsKey(suggestion.buddyId())) {
                    capacities.put(suggestion.buddyId(), index.storedProfile(suggestion.buddyId())
                            .map(profile -> profile.remainingCapacity()).orElse(0));
                }
            }
        }
        int[] assignment = CapacitatedAssignment.solve(suggestions.stream()
                .map(list -> list.stream().map(s -> new Candidate(s.buddyId(), s.score())).toList()).toList(),
                capacities);
        List<Proposal> proposals = new ArrayList<>();
        List<String> unassigned = new ArrayList<>();
        for (int i = 0; i < waitingList.size(); i++) {
            String newcomerId = waitingList.get(i).id();
            if (assignment[i] < 0) {
                unassigned.add(newcomerId);
            } else {
                Suggestion chosen = suggestions.get(i).get(assignment[i]);
                proposals.add(new Proposal(newcomerId, chosen.buddyId(), chosen.score(), chosen.normalisedScore(),
                        chosen.reasons()));
            }
        }
        return new RoundResult(proposals, unassigned);
    }
}
