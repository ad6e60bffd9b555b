package be.buddytrajectories.core.programme;

/** Counts from the host and targets of the programme, for the coordinator's start screen. */
public record ProgrammeSummary(long volunteers, long newcomers, long closedDuos, int hoursTarget,
                               int plannedDurationMonths) {
}
