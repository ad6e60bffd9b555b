package be.buddytrajectories.core.mail;

/** A file rendered when the mail is sent, from the record its reference names. */
public enum Attachment {
    /** The proof of participation of the duo (reference: the trajectory), in the mail's language. */
    PROOF_PDF,
    /** A calendar invitation to a check-in (reference: the check-in). */
    CHECK_IN_ICS
}
