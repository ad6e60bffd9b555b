package be.buddytrajectories.core.training;

/** What a session is for. */
public enum TrainingKind {
    BASIC_TRAINING, INTERVISION, THEME_SESSION
}
