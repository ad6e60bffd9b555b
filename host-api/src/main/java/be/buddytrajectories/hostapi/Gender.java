package be.buddytrajectories.hostapi;

/**
 * Gender as the person stated it; {@code X} for non-binary or not stated, which never satisfies an F or M
 * preference. The one gender type of the project: the host records it and the matching index reads it.
 */
public enum Gender {
    F,
    M,
    X
}
