package be.buddytrajectories.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RankingMetricsTest {

    private static final Map<String, Integer> GRADES = Map.of("a", 3, "b", 2, "c", 1);

    @Test
    void idealOrderingHasNdcgOne() {
        assertThat(RankingMetrics.ndcgAt10(List.of("a", "b", "c"), GRADES)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void ndcgUsesExponentialGainsAndLogDiscounts() {
        // DCG = 1/log2(2) + 7/log2(3) + 3/log2(4); IDCG = 7 + 3/log2(3) + 1/log2(4).
        double dcg = 1 + 7 / log2(3) + 3 / 2.0;
        double ideal = 7 + 3 / log2(3) + 1 / 2.0;
        assertThat(RankingMetrics.ndcgAt10(List.of("c", "a", "b"), GRADES)).isCloseTo(dcg / ideal, within(1e-9));
    }

    @Test
    void precisionAtFiveCountsGradeTwoOrMoreOverFivePositions() {
        assertThat(RankingMetrics.precisionAt5(List.of("c", "a", "x", "b"), GRADES)).isEqualTo(0.4);
    }

    @Test
    void reciprocalRankIsThatOfTheFirstGradeTwoOrMore() {
        assertThat(RankingMetrics.reciprocalRank(List.of("c", "x", "b", "a"), GRADES)).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(RankingMetrics.reciprocalRank(List.of("c", "x"), GRADES)).isZero();
    }

    @Test
    void summaryOfATinySetCountsViolationsIndependentlyOfTheMatcher(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("tiny.json");
        Files.writeString(file, TINY_SET);
        JudgedSet set = JudgedSetReader.read(file);

        Summary summary = Summary.of(set, Map.of("n1", List.of("v2", "v1")));

        // v2 is PAUSED: one violation. Ranking v2 (0), v1 (3): nDCG = (7 / log2 3) / 7.
        assertThat(summary.violations()).isEqualTo(1);
        assertThat(summary.ndcgAt10()).isCloseTo(1 / log2(3), within(1e-9));
        assertThat(summary.precisionAt5()).isEqualTo(0.2);
        assertThat(summary.mrr()).isEqualTo(0.5);
        assertThat(summary.line()).isEqualTo("nDCG@10=0.631 P@5=0.200 MRR=0.500 violations=1 newcomers=1");
    }

    @Test
    void theMatcherRanksTheTinySetWithoutViolations(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("tiny.json");
        Files.writeString(file, TINY_SET);
        JudgedSet set = JudgedSetReader.read(file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        MatchEval.report(set, MatchEval.matcherRankings(set, be.buddytrajectories.search.profile.MatchWeights.defaults()),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "{\"newcomer\":\"n1\",\"suggestions\":[\"v1\"]}",
                "nDCG@10=1.000 P@5=0.200 MRR=1.000 violations=0 newcomers=1");
    }

    @Test
    void anInvalidFileIsRejectedWithAMessageNamingTheField(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("bad.json");
        Files.writeString(file, new ObjectMapper().writeValueAsString(Map.of("referenceDate", "2026-11-27")));

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> JudgedSetReader.read(file)))
                .isInstanceOf(JudgedSetReader.InvalidJudgedSetException.class).hasMessageContaining("programme");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> JudgedSetReader.read(directory.resolve("none"))))
                .hasMessageContaining("cannot read");
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static final String TINY_SET = """
            { "referenceDate": "2026-11-27",
              "programme": { "requireTraining": true, "requireScreening": true, "maxDistanceKm": 25 },
              "volunteers": [
                { "id": "v1", "name": "A", "birthYear": 1980, "gender": "F", "languages": ["nl", "ar"],
                  "interests": ["voetbal"], "about": "", "profession": "nurse", "postalCode": "9000",
                  "municipality": "Gent", "lat": 51.05, "lon": 3.72, "maxDistanceKm": 10,
                  "availability": ["WED_EVENING"], "capacity": 1, "activeDuos": 0, "status": "AVAILABLE",
                  "trained": true, "screened": true, "hasChildren": false,
                  "preferences": { "newcomerGender": null, "minAge": null, "maxAge": null, "childrenWelcome": true } },
                { "id": "v2", "name": "B", "birthYear": 1980, "gender": "F", "languages": ["nl", "ar"],
                  "interests": ["soccer"], "about": "", "profession": "", "postalCode": "9000",
                  "municipality": "Gent", "lat": 51.05, "lon": 3.72, "maxDistanceKm": 10,
                  "availability": ["WED_EVENING"], "capacity": 1, "activeDuos": 0, "status": "PAUSED",
                  "trained": true, "screened": true, "hasChildren": false,
                  "preferences": { "newcomerGender": null, "minAge": null, "maxAge": null, "childrenWelcome": true } } ],
              "newcomers": [
                { "id": "n1", "name": "C", "birthYear": 1990, "gender": "M", "languages": ["ar"], "dutchLevel": "A0",
                  "interests": ["foot"], "about": "", "profession": "infirmier", "goals": ["WORK_ORIENTATION"],
                  "postalCode": "9000", "municipality": "Gent", "lat": 51.06, "lon": 3.72,
                  "availability": ["WED_EVENING"], "hasChildren": false, "pntObliged": true,
                  "preferences": { "buddyGender": null } } ],
              "judgments": [ { "newcomer": "n1", "volunteer": "v1", "grade": 3 } ] }
            """;
}
