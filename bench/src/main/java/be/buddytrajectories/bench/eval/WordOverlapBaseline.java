package be.buddytrajectories.bench.eval;

import be.buddytrajectories.search.profile.BuddyProfileDocument;
import be.buddytrajectories.search.profile.NewcomerProfile;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The "plain word overlap" baseline: feasible volunteers (same hard rules) ranked by how many distinct
 * lowercase words of interests, about and profession they share with the newcomer. No synonyms, no weights.
 */
final class WordOverlapBaseline {

    private WordOverlapBaseline() {
    }

    static List<String> rank(JudgedSet set, NewcomerProfile newcomer, int limit) {
        Set<String> newcomerWords = words(newcomer.interests(), newcomer.about(), newcomer.profession());
        return set.volunteers().stream()
                .filter(v -> RuleChecker.broken(set.rules(), newcomer, v).isEmpty())
                .sorted(Comparator.comparingLong((BuddyProfileDocument v) -> -overlap(newcomerWords, v)))
                .limit(limit).map(BuddyProfileDocument::id).toList();
    }

    private static long overlap(Set<String> newcomerWords, BuddyProfileDocument v) {
        return words(v.interests(), v.about(), v.profession()).stream().filter(newcomerWords::contains).count();
    }

    private static Set<String> words(List<String> interests, String about, String profession) {
        String text = String.join(" ", interests) + " " + about + " " + profession;
        Set<String> words = new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        words.remove("");
        return words;
    }
}
