package be.buddytrajectories.core.trajectory;

/** The coordinator's check after the first meeting: does this duo work? */
public enum FitCheck {
    GOOD, UNSURE, NOT_A_GOOD_FIT
}
