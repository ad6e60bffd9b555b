package be.buddytrajectories.core.pulse;

/** The three faces. */
public enum Answer {
    GOOD, OKAY, NOT_GOOD
}
