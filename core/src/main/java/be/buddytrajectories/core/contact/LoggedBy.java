package be.buddytrajectories.core.contact;

/** Who told the programme about a contact. */
public enum LoggedBy {
    BUDDY, NEWCOMER, COORDINATOR
}
