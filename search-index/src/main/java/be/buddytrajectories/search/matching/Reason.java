package be.buddytrajectories.search.matching;

/**
 * One sentence a coordinator reads next to a suggestion or a refusal.
 *
 * @param clause the matcher clause it comes from, e.g. {@code language}, {@code interests}, {@code distance}
 * @param text the sentence in the requested language
 */
public record Reason(String clause, String text) {
}
