package be.buddytrajectories.hostapi;

/** What a person is to the organisation. A host that keeps other kinds of contacts does not show them to plugins. */
public enum PersonKind {
    VOLUNTEER,
    NEWCOMER
}
