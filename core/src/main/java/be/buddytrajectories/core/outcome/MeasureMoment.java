package be.buddytrajectories.core.outcome;

/** When the questions were asked. */
public enum MeasureMoment {
    INTAKE, CLOSURE
}
