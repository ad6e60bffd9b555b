package be.buddytrajectories.bench.eval;

import be.buddytrajectories.search.profile.BuddyProfileDocument;
import be.buddytrajectories.search.profile.NewcomerProfile;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The summary line. nDCG@10 is averaged over newcomers with at least one judgment above 0, P@5 and MRR over
 * newcomers with at least one judgment of grade 2 or more (others have nothing to find); violations are counted
 * over all suggestions.
 */
public record Summary(double ndcgAt10, double precisionAt5, double mrr, int violations, int newcomers) {

    public static Summary of(JudgedSet set, Map<String, List<String>> rankings) {
        Map<String, BuddyProfileDocument> volunteers =
                set.volunteers().stream().collect(Collectors.toMap(BuddyProfileDocument::id, Function.identity()));
        double ndcg = 0;
        double precision = 0;
        double mrr = 0;
        int measured = 0;
        int withRelevant = 0;
        int violations = 0;
        for (NewcomerProfile newcomer : set.newcomers()) {
            List<String> ranked = rankings.getOrDefault(newcomer.id(), List.of());
            for (String id : ranked) {
                BuddyProfileDocument volunteer = volunteers.get(id);
                if (volunteer == null || !RuleChecker.broken(set.rules(), newcomer, volunteer).isEmpty()) {
                    violations++;
                }
            }
            Map<String, Integer> grades = set.grades().getOrDefault(newcomer.id(), Map.of());
            if (grades.values().stream().anyMatch(grade -> grade > 0)) {
                measured++;
                ndcg += RankingMetrics.ndcgAt10(ranked, grades);
            }
            if (grades.values().stream().anyMatch(grade -> grade >= RankingMetrics.RELEVANT_GRADE)) {
                withRelevant++;
                precision += RankingMetrics.precisionAt5(ranked, grades);
                mrr += RankingMetrics.reciprocalRank(ranked, grades);
            }
        }
        return new Summary(ndcg / Math.max(1, measured), precision / Math.max(1, withRelevant),
                mrr / Math.max(1, withRelevant), violations, set.newcomers().size());
    }

    public String line() {
        return String.format(Locale.ROOT, "nDCG@10=%.3f P@5=%.3f MRR=%.3f violations=%d newcomers=%d", ndcgAt10,
                precisionAt5, mrr, violations, newcomers);
    }
}
