package be.buddytrajectories.search.profile;

/** Set by the buddy: only AVAILABLE buddies are ever suggested. */
public enum BuddyStatus {
    AVAILABLE, PAUSED, INACTIVE
}
