package be.buddytrajectories.core.fairness;

import java.util.List;

/**
 * The whole waiting list's wait and its groups, each list with the longest median first.
 *
 * @param medianDays the whole list's median wait in days, 0 for an empty list
 */
public record WaitingFairness(int newcomers, long medianDays, List<WaitingGroup> byDutchLevel,
                              List<WaitingGroup> byMunicipality, List<WaitingGroup> byObligation) {

    public WaitingFairness {
        byDutchLevel = List.copyOf(byDutchLevel);
        byMunicipality = List.copyOf(byMunicipality);
        byObligation = List.copyOf(byObligation);
    }
}
