package be.buddytrajectories.core.matchproposal;

/** What became of a proposal. */
public enum Decision {
    ACCEPTED, REJECTED
}
