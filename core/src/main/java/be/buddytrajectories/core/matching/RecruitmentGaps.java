package be.buddytrajectories.core.matching;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.intake.NewcomerIntakeService;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.core.trajectory.WaitingEntry;
import be.buddytrajectories.search.matching.Blockage;
import be.buddytrajectories.search.matching.Matcher;
import be.buddytrajectories.search.profile.NewcomerProfile;
import be.buddytrajectories.search.profile.ProgrammeRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Recruitment gaps: for every waiting newcomer no buddy can be proposed to, the hard rules that stand in the way,
 * grouped into what the programme should recruit ("7 waiting newcomers need a buddy who speaks Arabic, within
 * 10 km of Gent, free on Wednesday evening").
 */
@ApplicationScoped
public class RecruitmentGaps {

    private final SuggestionService suggestions;
    private final ProfileIndexer profileIndexer;
    private final NewcomerIntakeService intakes;
    private final TrajectoryService trajectories;
    private final AccessGuard access;

    @Inject
    public RecruitmentGaps(SuggestionService suggestions, ProfileIndexer profileIndexer,
                           NewcomerIntakeService intakes, TrajectoryService trajectories, AccessGuard access) {
        this.suggestions = suggestions;
        this.profileIndexer = profileIndexer;
        this.intakes = intakes;
        this.trajectories = trajectories;
        this.access = access;
    }

    /** The needs of today's waiting list, the largest group first (coordinators and admins). */
    public List<RecruitmentNeed> now() {
        access.requireAny("matching.recruitmentGaps", Permission.COORDINATOR, Permission.ADMIN);
        List<NewcomerProfile> waiting = trajectories.waitingList().stream()
                .map(WaitingEntry::newcomerId).distinct().map(intakes::matchProfile).toList();
        if (waiting.isEmpty()) {
            return List.of();
        }
        ProgrammeRules rules = suggestions.rules();
        List<Blockage> blockages;
        try {
            blockages = new Matcher(profileIndexer.index()).blockages(waiting, rules);
        } catch (IOException e) {
            throw new UncheckedIOException("matching failed", e);
        }
        Map<String, NewcomerProfile> byId = waiting.stream()
                .collect(Collectors.toMap(NewcomerProfile::id, Function.identity()));
        Map<RecruitmentNeed, List<NewcomerProfile>> groups = new LinkedHashMap<>();
        for (Blockage blockage : blockages) {
            if (blockage.blocked()) {
                NewcomerProfile newcomer = byId.get(blockage.newcomerId());
                groups.computeIfAbsent(need(blockage, newcomer, rules), key -> new ArrayList<>()).add(newcomer);
            }
        }
        return groups.entrySet().stream()
                .map(group -> counted(group.getKey(), group.getValue()))
                .sorted(Comparator.comparingInt(RecruitmentNeed::newcomers).reversed()
                        .thenComparing(need -> String.join(",", need.rules())))
                .toList();
    }

    /** What one newcomer needs, without count and slot: the key his group shares. */
    private static RecruitmentNeed need(Blockage blockage, NewcomerProfile newcomer, ProgrammeRules rules) {
        List<String> blocking = blockage.blocking().isEmpty() ? List.of(RecruitmentNeed.SEVERAL)
                : blockage.blocking().stream().sorted().toList();
        boolean distance = blocking.contains("distance");
        return new RecruitmentNeed(0, blocking,
                blocking.contains("language") ? newcomer.languages().stream().sorted().toList() : List.of(),
                distance ? newcomer.municipality().strip() : null, distance ? rules.maxDistanceKm() : 0,
                blocking.contains("buddyGender") ? newcomer.buddyGender() : null,
                blocking.contains("newcomerGender") ? newcomer.gender() : null, null);
    }

    private static RecruitmentNeed counted(RecruitmentNeed need, List<NewcomerProfile> newcomers) {
        Map<String, Long> slots = newcomers.stream().flatMap(n -> n.availability().stream())
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        String common = slots.entrySet().stream()
                .filter(slot -> 2 * slot.getValue() >= newcomers.size())
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
        return new RecruitmentNeed(newcomers.size(), need.rules(), need.languages(), need.municipality(),
                need.withinKm(), need.buddyGender(), need.newcomerGender(), common);
    }
}
