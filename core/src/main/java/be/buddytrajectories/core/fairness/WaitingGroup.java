package be.buddytrajectories.core.fairness;

/**
 * The newcomers on the waiting list who share one value (a Dutch level, a municipality, being obliged or not).
 *
 * @param value       the shared value: a Dutch level's name, a municipality (empty when unknown), or
 *                    {@code obliged} / {@code not-obliged}
 * @param newcomers   how many wait
 * @param medianDays  their median wait in days, or null for a group too small to compare
 * @param longestDays the longest wait among them, or null for a group too small to compare
 * @param waitsLonger the group's median is at least one and a half times the whole list's
 */
public record WaitingGroup(String value, int newcomers, Long medianDays, Long longestDays, boolean waitsLonger) {

    public boolean tooSmall() {
        return medianDays == null;
    }
}
