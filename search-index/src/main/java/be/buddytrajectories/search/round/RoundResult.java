package be.buddytrajectories.search.round;

import java.util.List;

/**
 * @param proposals in waiting-list order of the newcomers
 * @param unassignedNewcomerIds newcomers without a proposal (no candidate left), in waiting-list order
 */
public record RoundResult(List<Proposal> proposals, List<String> unassignedNewcomerIds) {

    public RoundResult {
        proposals = List.copyOf(proposals);
        unassignedNewcomerIds = List.copyOf(unassignedNewcomerIds);
    }
}
