package be.buddytrajectories.search.profile;

/** CEFR level of the newcomer's Dutch; from A2 up Dutch counts as a common language. */
public enum DutchLevel {
    A0, A1, A2, B1, B2;

    /** True when Dutch alone is enough to talk: A2 and above. */
    public boolean dutchIsCommonLanguage() {
        return compareTo(A2) >= 0;
    }
}
