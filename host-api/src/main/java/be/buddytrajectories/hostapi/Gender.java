package be.buddytrajectories.hostapi;

/** Gender as the person stated it; {@code X} for non-binary or not stated. */
public enum Gender {
    F,
    M,
    X
}
