package be.buddytrajectories.core.person;

/** How well a buddy speaks a language; from CONVERSATIONAL up it can carry a conversation with a newcomer. */
public enum LanguageLevel {
    BASIC, CONVERSATIONAL, FLUENT, NATIVE;

    public boolean carriesAConversation() {
        return compareTo(CONVERSATIONAL) >= 0;
    }
}
