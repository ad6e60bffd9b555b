package be.buddytrajectories.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.search.profile.MatchWeights;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The match quality the README reports, as a floor that fails the build: on the public sample (a copy of
 * {@code shared/match-eval/sample.json}, which the default weights were tuned on), on the held-out wording set
 * (never tuned on) and on our own self-graded set. A change that makes matching worse stops here.
 */
class MatchQualityTest {

    @Test
    void onTheSampleTheMatcherKeepsNdcgAtTenAbove095AndLeadsWordOverlapByAtLeast02() throws Exception {
        JudgedSet sample = set("/match-eval/sample.json");

        Summary matcher = Summary.of(sample, MatchEval.matcherRankings(sample, MatchWeights.defaults()));
        Summary baseline = Summary.of(sample, MatchEval.baselineRankings(sample));

        assertThat(matcher.ndcgAt10()).isGreaterThanOrEqualTo(0.95);
        assertThat(matcher.ndcgAt10() - baseline.ndcgAt10()).isGreaterThanOrEqualTo(0.2);
        assertThat(matcher.violations()).isZero();
    }

    @Test
    void onTheHeldOutWordingSetTheMatcherKeepsNdcgAtTenAbove090WithoutAViolation() throws Exception {
        JudgedSet heldOut = set("/match-eval/heldout-wording.json");

        Summary matcher = Summary.of(heldOut, MatchEval.matcherRankings(heldOut, MatchWeights.defaults()));

        assertThat(matcher.ndcgAt10()).isGreaterThanOrEqualTo(0.90);
        assertThat(matcher.violations()).isZero();
    }

    @Test
    void onOurOwnSetNoSuggestionBreaksAHardRule() throws Exception {
        JudgedSet own = set("/match-eval/own-set.json");

        assertThat(Summary.of(own, MatchEval.matcherRankings(own, MatchWeights.defaults())).violations()).isZero();
    }

    private JudgedSet set(String resource) throws Exception {
        return JudgedSetReader.read(Path.of(Objects.requireNonNull(getClass().getResource(resource)).toURI()));
    }
}
