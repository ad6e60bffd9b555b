package be.buddytrajectories.core.mail;

/** Who a mail is written for: the wording differs, and so do the languages it can be read in. */
public enum Audience {
    BUDDY, NEWCOMER, COORDINATOR
}
