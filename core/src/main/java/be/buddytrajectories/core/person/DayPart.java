package be.buddytrajectories.core.person;

/** The part of a day someone is free; finer slots would promise a precision nobody keeps. */
public enum DayPart {
    MORNING, AFTERNOON, EVENING
}
