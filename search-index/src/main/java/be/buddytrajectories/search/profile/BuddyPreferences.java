package be.buddytrajectories.search.profile;

import be.buddytrajectories.hostapi.Gender;

/**
 * What a buddy asked for in a newcomer. Null means "no preference".
 *
 * @param newcomerGender only newcomers of this gender, or null
 * @param minAge youngest newcomer age accepted, or null
 * @param maxAge oldest newcomer age accepted, or null
 * @param childrenWelcome false when the buddy does not want a newcomer with children
 */
public record BuddyPreferences(Gender newcomerGender, Integer minAge, Integer maxAge, boolean childrenWelcome) {

    /** No preference at all. */
    public static BuddyPreferences none() {
        return new BuddyPreferences(null, null, null, true);
    }
}
