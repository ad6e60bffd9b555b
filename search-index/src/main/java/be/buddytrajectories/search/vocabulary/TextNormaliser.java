package be.buddytrajectories.search.vocabulary;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lowercasing, accent folding and light stripping of plural and verb endings, shared by both vocabularies so
 * that "Cuisiner", "cooks" and "kookt" reach the same entry. Deliberately simple: the vocabularies list the
 * irregular forms themselves, this only removes the regular endings.
 */
final class TextNormaliser {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    /** Regular endings in nl/en/fr, longest first: plural -s/-es/-en, verb -t/-en/-er/-ing. */
    private static final List<String> ENDINGS = List.of("ing", "es", "en", "er", "s", "t", "e");

    private TextNormaliser() {
    }

    /** Lowercase, without accents, words separated by single spaces. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return NON_ALPHANUMERIC.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").trim();
    }

    static List<String> tokens(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /** The word itself first, then the word with one regular ending removed (keeping at least three letters). */
    static Set<String> variants(String word) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(word);
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
                variants.add(word.substring(0, word.length() - ending.length()));
            }
        }
        return variants;
    }

    /** Variants of a phrase: only its last word is inflected ("board games", "jeux de societe"). */
    static List<String> phraseVariants(List<String> words) {
        List<String> result = new ArrayList<>();
        String head = String.join(" ", words.subList(0, words.size() - 1));
        for (String last : variants(words.get(words.size() - 1))) {
            result.add(head.isEmpty() ? last : head + " " + last);
        }
        return result;
    }
}
