package be.buddytrajectories.core.contact;

/** What the duo did; the proof of participation lists these. */
public enum ActivityType {
    WALK, COFFEE_OR_MEAL, SPORT, CULTURE, NATURE, ERRANDS, INSTITUTION_VISIT, HOME_VISIT, LANGUAGE_PRACTICE,
    GROUP_ACTIVITY, ONLINE, OTHER
}
