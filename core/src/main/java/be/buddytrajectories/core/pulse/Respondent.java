package be.buddytrajectories.core.pulse;

/** Who answered. */
public enum Respondent {
    BUDDY, NEWCOMER
}
