package be.buddytrajectories.search.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folded words and short phrases mapped to a canonical key, with the lookup both vocabularies need: a whole
 * phrase first, then the longest known phrase at each position of a free text.
 */
final class PhraseDictionary {

    private static final int LONGEST_PHRASE = 4;
    /** Short words of running text that collide with a stem ("dans" is French for "in", not dance). */
    private static final Set<String> FUNCTION_WORDS = Set.of("dans", "course", "de", "la", "le", "les", "en", "et",
            "van", "het", "een", "the", "and", "in", "op", "met", "of", "to", "a", "on", "for", "pour", "ik", "je");

    private final Map<String, String> keyByPhrase = new HashMap<>();

    void add(String phrase, String key) {
        List<String> words = TextNormaliser.tokens(phrase);
        if (words.isEmpty()) {
            return;
        }
        // Index the stripped form too, so that an inflected input and its base form meet on the same stem.
        for (String variant : TextNormaliser.phraseVariants(words)) {
            keyByPhrase.putIfAbsent(variant, key);
        }
    }

    /** The key of the whole text if it is one known phrase (in any inflection). */
    String exact(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        for (String variant : TextNormaliser.phraseVariants(words)) {
            String key = keyByPhrase.get(variant);
            if (key != null) {
                return key;
            }
        }
        return null;
    }

    /** Keys of all known phrases in a free text, longest match first at each position, in order of appearance. */
    Set<String> scan(List<String> words) {
        Set<String> keys = new LinkedHashSet<>();
        int position = 0;
        while (position < words.size()) {
            int matchedLength = 0;
            for (int length = Math.min(LONGEST_PHRASE, words.size() - position); length >= 1; length--) {
                if (length == 1 && FUNCTION_WORDS.contains(words.get(position))) {
                    continue;
                }
                String key = exact(words.subList(position, position + length));
                if (key != null) {
                    keys.add(key);
                    matchedLength = length;
                    break;
                }
            }
            position += Math.max(1, matchedLength);
        }
        return keys;
    }

    /** Non-comment lines of a tab-separated resource beside this class, split into columns. */
    static List<String[]> readTsv(String resource) {
        try (InputStream in = PhraseDictionary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing vocabulary resource " + resource);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> commaSeparated(String column) {
        List<String> words = new ArrayList<>();
        for (String word : column.split(",")) {
            if (!word.isBlank()) {
                words.add(word.trim());
            }
        }
        return words;
    }
}
