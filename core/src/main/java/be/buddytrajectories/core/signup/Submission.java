package be.buddytrajectories.core.signup;

/**
 * The public answer to a submitted form. A bot's submission (honeypot filled, too fast) is answered
 * {@link #RECEIVED} too, so that it learns nothing.
 */
public enum Submission {
    RECEIVED,
    /** Too many submissions from this address, or the queue is full. */
    TRY_LATER
}
