package be.buddytrajectories.search.profile;

/** Gender as recorded at intake; X is neither F nor M and never satisfies an F or M preference. */
public enum Gender {
    F, M, X
}
