package be.buddytrajectories.search.vocabulary;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Leisure interests in Dutch, English and French ({@code interests.tsv}), reduced to canonical keys such as
 * {@code football}. An interest the vocabulary does not know keeps its folded wording as key
 * ({@code word:origami}), so two people who typed the same unusual word still meet.
 */
public final class InterestVocabulary {

    private static final String UNKNOWN_PREFIX = "word:";
    private static final InterestVocabulary STANDARD = new InterestVocabulary("interests.tsv");

    private final PhraseDictionary dictionary = new PhraseDictionary();
    private final Map<String, String[]> labelsByKey = new HashMap<>();

    private InterestVocabulary(String resource) {
        for (String[] row : PhraseDictionary.readTsv(resource)) {
            String key = row[0].trim();
            String[] labels = new String[3];
            for (int language = 0; language < 3; language++) {
                List<String> words = PhraseDictionary.commaSeparated(row[language + 1]);
                labels[language] = words.get(0);
                words.forEach(word -> dictionary.add(word, key));
            }
            labelsByKey.put(key, labels);
        }
    }

    /** The vocabulary shipped with the module. */
    public static InterestVocabulary standard() {
        return STANDARD;
    }

    public int size() {
        return labelsByKey.size();
    }

    /**
     * Canonical keys for one interest as typed: the whole wording if known, otherwise every known interest
     * inside it (a compound's known part and a word with one typo count), otherwise the folded wording itself.
     */
    public Set<String> canonicalise(String typed) {
        List<String> words = TextNormaliser.tokens(typed);
        if (words.isEmpty()) {
            return Set.of();
        }
        String whole = dictionary.exact(words);
        if (whole != null) {
            return Set.of(whole);
        }
        Set<String> found = dictionary.scan(words, PhraseDictionary.Tolerance.TYPOS);
        return found.isEmpty() ? Set.of(UNKNOWN_PREFIX + String.join(" ", words)) : found;
    }

    /** Canonical keys for a list of typed interests, in order. */
    public Set<String> canonicalise(List<String> typed) {
        Set<String> keys = new LinkedHashSet<>();
        typed.forEach(interest -> keys.addAll(canonicalise(interest)));
        return keys;
    }

    /** The words of an interest the vocabulary does not know ({@code word:origami} → origami); empty for a known key. */
    public Optional<String> unknownWording(String key) {
        return key.startsWith(UNKNOWN_PREFIX) ? Optional.of(key.substring(UNKNOWN_PREFIX.length())) : Optional.empty();
    }

    /**
     * Known interests mentioned anywhere in a free text ("Ik hou van zwemmen en koken"), compounds included; typos
     * are not guessed in running text, where a word one letter from an interest is usually another word.
     */
    public Set<String> mentionedIn(String freeText) {
        return dictionary.scan(TextNormaliser.tokens(freeText), PhraseDictionary.Tolerance.COMPOUNDS);
    }

    /** How a canonical interest reads in reasons: Dutch for nl, French for fr, English otherwise. */
    public String label(String key, Locale locale) {
        if (key.startsWith(UNKNOWN_PREFIX)) {
            return key.substring(UNKNOWN_PREFIX.length());
        }
        String[] labels = labelsByKey.get(key);
        if (labels == null) {
            return key;
        }
        return switch (locale.getLanguage()) {
            case "nl" -> labels[0];
            case "fr" -> labels[2];
            default -> labels[1];
        };
    }
}
