package be.buddytrajectories.core.matching;

import java.util.List;

/**
 * A suggested buddy for a newcomer, as a coordinator sees it.
 *
 * @param volunteerId host person id of the buddy
 * @param name        the buddy's name
 * @param score       0–100, relative to the best possible score for this newcomer
 * @param reasons     why, as sentences in the coordinator's language
 */
public record BuddySuggestion(long volunteerId, String name, int score, List<String> reasons) {

    public BuddySuggestion {
        reasons = List.copyOf(reasons);
    }
}
