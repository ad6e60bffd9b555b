package be.buddytrajectories.bench.eval;

import java.util.List;
import java.util.Map;

/**
 * The per-newcomer measures of docs/matching.md. Grades come from the judged set; unjudged volunteers are 0.
 */
final class RankingMetrics {

    /** A suggestion this good or better counts as relevant for P@5 and MRR. */
    static final int RELEVANT_GRADE = 2;

    private RankingMetrics() {
    }

    /** DCG of the first ten suggestions (gain 2^grade − 1, discount log2(rank + 1)) over the ideal DCG. */
    static double ndcgAt10(List<String> ranked, Map<String, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().sorted((a, b) -> b - a).limit(10).toList();
        double idealDcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idealDcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idealDcg == 0 ? 0 : dcg / idealDcg;
    }

    /** Share of the first five positions holding a suggestion of grade 2 or more (missing ones count as misses). */
    static double precisionAt5(List<String> ranked, Map<String, Integer> grades) {
        long relevant = ranked.stream().limit(5).filter(id -> grades.getOrDefault(id, 0) >= RELEVANT_GRADE).count();
        return relevant / 5.0;
    }

    /** 1 / rank of the first suggestion of grade 2 or more in the first ten, 0 when there is none. */
    static double reciprocalRank(List<String> ranked, Map<String, Integer> grades) {
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            if (grades.getOrDefault(ranked.get(i), 0) >= RELEVANT_GRADE) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
