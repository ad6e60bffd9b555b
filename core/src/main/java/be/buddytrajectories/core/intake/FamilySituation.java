package be.buddytrajectories.core.intake;

/** The household the newcomer lives in, as far as matching (family fit) needs to know. */
public enum FamilySituation {
    SINGLE, COUPLE, FAMILY_WITH_CHILDREN, SINGLE_PARENT;

    public boolean hasChildren() {
        return this == FAMILY_WITH_CHILDREN || this == SINGLE_PARENT;
    }
}
