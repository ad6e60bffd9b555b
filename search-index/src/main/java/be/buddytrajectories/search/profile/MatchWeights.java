package be.buddytrajectories.search.profile;

/**
 * One weight per soft clause of the matcher, versioned so a stored proposal can say which weights scored it.
 * Weights are points added when a clause matches; distance, age and about-text clauses add up to their weight,
 * decaying. {@link #defaults()} is tuned on the judged sets described in {@code docs/matching.md}.
 *
 * @param sharedLanguageLowDutch a shared contact language other than Dutch when the newcomer's Dutch is A0–A1
 * @param sharedLanguage the same from A2 up
 * @param interest per interest in common (after synonym expansion)
 * @param goalFit per goal served by the buddy's experience
 * @param availability any weekly slot in common
 * @param distance at most this much for living close, half of it at {@code distancePivotKm}
 * @param aboutSimilarity multiplier of the about-text similarity score
 * @param familyFit both have children
 * @param ageCloseness at most this much for the same age, half of it at {@code agePivotYears} apart
 */
public record MatchWeights(
        int version,
        float sharedLanguageLowDutch,
        float sharedLanguage,
        float interest,
        float goalFit,
        float availability,
        float distance,
        double distancePivotKm,
        float aboutSimilarity,
        float familyFit,
        float ageCloseness,
        int agePivotYears) {

    public static MatchWeights defaults() {
        return new MatchWeights(2, 6f, 2f, 1.75f, 1.5f, 2.5f, 1f, 5, 0.1f, 0.5f, 0.5f, 10);
    }
}
