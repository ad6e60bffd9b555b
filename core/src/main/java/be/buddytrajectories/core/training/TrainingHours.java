package be.buddytrajectories.core.training;

/**
 * A buddy's training over the last twelve months.
 *
 * @param sessions        sessions he attended
 * @param minutes         their duration together
 * @param withoutDuration sessions among them planned before durations were asked, which count no minutes
 */
public record TrainingHours(int sessions, long minutes, int withoutDuration) {

    public double hours() {
        return minutes / 60.0;
    }
}
