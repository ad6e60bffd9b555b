package be.buddytrajectories.bench.eval;

import be.buddytrajectories.search.index.ProfileIndex;
import be.buddytrajectories.search.matching.Matcher;
import be.buddytrajectories.search.matching.Suggestion;
import be.buddytrajectories.search.profile.MatchWeights;
import be.buddytrajectories.search.profile.NewcomerProfile;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code bin/match-eval [--baseline] FILE}: suggestions for every newcomer of a judged set, one JSON line each,
 * then {@code nDCG@10=… P@5=… MRR=… violations=… newcomers=…} when the set has judgments; {@code --coverage}
 * prints how much of the set's wording the vocabularies recognise instead ({@link VocabularyCoverage}). The
 * volunteers are indexed with the plugin's own {@link ProfileIndex} and {@link Matcher} in a temporary directory.
 */
public final class MatchEval {

    private static final int SUGGESTIONS = 10;

    private MatchEval() {
    }

    public static void main(String[] args) throws IOException {
        boolean baseline = args.length == 2 && "--baseline".equals(args[0]);
        boolean coverage = args.length == 2 && "--coverage".equals(args[0]);
        if (args.length != 1 && !baseline && !coverage) {
            System.err.println("usage: bin/match-eval [--baseline | --coverage] FILE");
            System.exit(2);
        }
        JudgedSet set;
        try {
            set = JudgedSetReader.read(Path.of(args[args.length - 1]));
        } catch (JudgedSetReader.InvalidJudgedSetException e) {
            System.err.println("match-eval: " + e.getMessage());
            System.exit(1);
            return;
        }
        if (coverage) {
            System.out.println(VocabularyCoverage.of(set).line());
            return;
        }
        Map<String, List<String>> rankings = baseline ? baselineRankings(set) : matcherRankings(set, MatchWeights.defaults());
        report(set, rankings, System.out);
    }

    /** Suggestions of the plugin's matcher, by newcomer id, in the file's newcomer order. */
    public static Map<String, List<String>> matcherRankings(JudgedSet set, MatchWeights weights) throws IOException {
        Path directory = Files.createTempDirectory("match-eval");
        try (ProfileIndex index = ProfileIndex.open(directory)) {
            index.rebuild(set.volunteers().stream(), 0, count -> { });
            Matcher matcher = new Matcher(index);
            Map<String, List<String>> rankings = new LinkedHashMap<>();
            for (NewcomerProfile newcomer : set.newcomers()) {
                rankings.put(newcomer.id(), matcher.suggest(newcomer, set.rules(), weights, SUGGESTIONS, Locale.ENGLISH)
                        .stream().map(Suggestion::buddyId).toList());
            }
            return rankings;
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    static Map<String, List<String>> baselineRankings(JudgedSet set) {
        Map<String, List<String>> rankings = new LinkedHashMap<>();
        set.newcomers().forEach(n -> rankings.put(n.id(), WordOverlapBaseline.rank(set, n, SUGGESTIONS)));
        return rankings;
    }

    static void report(JudgedSet set, Map<String, List<String>> rankings, PrintStream out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (Map.Entry<String, List<String>> ranking : rankings.entrySet()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("newcomer", ranking.getKey());
            line.put("suggestions", ranking.getValue());
            out.println(json.writeValueAsString(line));
        }
        if (set.judged()) {
            out.println(Summary.of(set, rankings).line());
        }
    }
}
