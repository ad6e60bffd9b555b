package be.buddytrajectories.search.profile;

/** What the newcomer hopes to get out of a duo. */
public enum Goal {
    PRACTISE_DUTCH, SOCIAL_NETWORK, LEISURE, INSTITUTIONS, WORK_ORIENTATION, CHILDREN_SCHOOL
}
