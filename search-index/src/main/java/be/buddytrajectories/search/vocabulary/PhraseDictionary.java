package be.buddytrajectories.search.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * Ordinary words that stand beside interests and job titles and lie one letter from a known word: "former"
     * (farmer), "leren" (lezen), "kopen" (lopen). They are words, not typos.
     */
    private static final Set<String> NEVER_CORRECTED = Set.of("former", "formerly", "retired", "senior", "junior",
            "assistant", "ancien", "ancienne", "vroeger", "gewezen", "voormalig", "leren", "kopen", "doing", "going",
            "making", "playing", "watching", "learning", "apprendre", "faire");
    /** Words this short or shorter are never corrected: at one edit they are too close to other words. */
    private static final int SHORTEST_CORRECTED = 5;
    /**
     * A compound has a known part of at least {@link #SHORTEST_PART} letters and a rest of at least
     * {@link #SHORTEST_REST}, so that a known word with a letter or two too many ("zwemmne") is no compound.
     */
    private static final int SHORTEST_PART = 3;
    private static final int SHORTEST_REST = 4;
    private static final int SHORTEST_COMPOUND = SHORTEST_PART + SHORTEST_REST;
    /** Letters that join the parts of a Dutch compound: stads|wandeling, boeken|club, honden|school. */
    private static final List<String> LINKING_LETTERS = List.of("s", "en", "e");

    private final Map<String, String> keyByPhrase = new HashMap<>();
    /** Every known single word (and multi-word phrase written as one word) by each form with one letter deleted. */
    private final Map<String, Set<String>> wordsByDeletion = new HashMap<>();

    void add(String phrase, String key) {
        List<String> words = TextNormaliser.tokens(phrase);
        if (words.isEmpty()) {
            return;
        }
        // Index the stripped form too, so that an inflected input and its base form meet on the same stem.
        for (String variant : TextNormaliser.phraseVariants(words)) {
            keyByPhrase.putIfAbsent(variant, key);
            // "board games" is often typed as one word: "boardgames".
            String joined = variant.replace(" ", "");
            keyByPhrase.putIfAbsent(joined, key);
            for (String deleted : deletions(joined)) {
                wordsByDeletion.computeIfAbsent(deleted, d -> new HashSet<>()).add(joined);
            }
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

    /**
     * Keys of all known phrases in a text, longest match first at each position, in order of appearance. A word
     * that is no known phrase may still be read as a compound with a known part ({@link Tolerance#COMPOUNDS}) or,
     * when it is typed in a short field rather than in running text, as a known word with one typo
     * ({@link Tolerance#TYPOS}).
     */
    Set<String> scan(List<String> words, Tolerance tolerance) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        int position = 0;
        while (position < words.size()) {
            String word = words.get(position);
            int matchedLength = 0;
            for (int length = Math.min(LONGEST_PHRASE, words.size() - position); length >= 1; length--) {
                if (length == 1 && FUNCTION_WORDS.contains(word)) {
                    continue;
                }
                String key = exact(words.subList(position, position + length));
                if (key != null) {
                    keys.add(key);
                    matchedLength = length;
                    break;
                }
            }
            if (matchedLength == 0 && tolerance != Tolerance.EXACT && !FUNCTION_WORDS.contains(word)
                    && !NEVER_CORRECTED.contains(word)) {
                compound(word).ifPresentOrElse(keys::add, () -> unknown.add(word));
            }
            position += Math.max(1, matchedLength);
        }
        // A typo is guessed only where nothing else was recognised: "former nurse" is a nurse, not a farmer.
        if (keys.isEmpty() && tolerance == Tolerance.TYPOS) {
            unknown.forEach(word -> oneTypoAway(word).ifPresent(keys::add));
        }
        return keys;
    }

    /** How far a lookup may stray from the words as written. */
    enum Tolerance {
        /** Known phrases only. */
        EXACT,
        /** Also a compound with a known part: "natuurwandelingen" is walking, "voetbaltraining" football. */
        COMPOUNDS,
        /** Also one typo in a word of five letters or more: "zwemen", "footbal", "cuisinner". */
        TYPOS
    }

    /**
     * A compound's known part: its head (the last part, which says what the whole is, as Dutch and German build
     * them) if known, otherwise its first part without a linking "s", "e" or "en". The longest known part wins.
     */
    private Optional<String> compound(String word) {
        if (word.length() < SHORTEST_COMPOUND) {
            return Optional.empty();
        }
        for (int split = SHORTEST_REST; split <= word.length() - SHORTEST_PART; split++) {
            String key = exact(List.of(word.substring(split)));
            if (key != null) {
                return Optional.of(key);
            }
        }
        for (int split = word.length() - SHORTEST_REST; split >= SHORTEST_PART; split--) {
            String first = word.substring(0, split);
            for (String part : withoutLinkingLetters(first)) {
                String key = part.length() >= SHORTEST_PART ? exact(List.of(part)) : null;
                if (key != null) {
                    return Optional.of(key);
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> withoutLinkingLetters(String part) {
        List<String> forms = new ArrayList<>(List.of(part));
        for (String linking : LINKING_LETTERS) {
            if (part.endsWith(linking)) {
                forms.add(part.substring(0, part.length() - linking.length()));
            }
        }
        return forms;
    }

    /**
     * The one key of the known words one edit (a letter added, left out, changed, or two letters swapped) away
     * from this word or from its form without a regular ending; none when two keys are that close.
     */
    private Optional<String> oneTypoAway(String word) {
        if (word.length() < SHORTEST_CORRECTED) {
            return Optional.empty();
        }
        Set<String> keys = new HashSet<>();
        for (String form : TextNormaliser.variants(word)) {
            Set<String> candidates = new HashSet<>(wordsByDeletion.getOrDefault(form, Set.of()));
            for (String deleted : deletions(form)) {
                if (keyByPhrase.containsKey(deleted)) {
                    candidates.add(deleted);
                }
                candidates.addAll(wordsByDeletion.getOrDefault(deleted, Set.of()));
            }
            for (String candidate : candidates) {
                if (candidate.length() >= SHORTEST_CORRECTED - 1 && oneEditApart(form, candidate)) {
                    keys.add(keyByPhrase.get(candidate));
                }
            }
            if (!keys.isEmpty()) {
                break;
            }
        }
        return keys.size() == 1 ? Optional.of(keys.iterator().next()) : Optional.empty();
    }

    private static Set<String> deletions(String word) {
        Set<String> deletions = new HashSet<>();
        for (int i = 0; i < word.length(); i++) {
            deletions.add(word.substring(0, i) + word.substring(i + 1));
        }
        return deletions;
    }

    /** Optimal string alignment distance of exactly one: one insertion, deletion, substitution or transposition. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int start = 0;
        while (start < Math.min(a.length(), b.length()) && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        if (a.length() != b.length()) {
            String longer = a.length() > b.length() ? a : b;
            String shorter = longer == a ? b : a;
            return longer.substring(start + 1).equals(shorter.substring(start));
        }
        if (a.substring(start + 1).equals(b.substring(start + 1))) {
            return true;
        }
        return start + 1 < a.length() && a.charAt(start) == b.charAt(start + 1) && a.charAt(start + 1) == b.charAt(start)
                && a.substring(start + 2).equals(b.substring(start + 2));
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
