package be.buddytrajectories.core.pulse;

/** What was asked. */
public enum Question {
    /** How is it going with your buddy (or newcomer)? Asked at any time. */
    PULSE,
    /** Do you want to continue together? Asked in the weeks of the fit check. */
    FIT
}
