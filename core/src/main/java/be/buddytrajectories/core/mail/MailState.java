package be.buddytrajectories.core.mail;

/** Where a mail in the outbox is. */
public enum MailState {
    /** Waiting for its next attempt. */
    PENDING,
    /** Handed to the mail server by a host that has not yet recorded the outcome. */
    SENDING,
    SENT,
    /** Refused for good, or given up after {@link OutgoingMail#MAX_ATTEMPTS} attempts; the admin can retry it. */
    FAILED,
    /** Not sent: the receiver opted out, or the admin switched the kind off, before it went. */
    SKIPPED
}
