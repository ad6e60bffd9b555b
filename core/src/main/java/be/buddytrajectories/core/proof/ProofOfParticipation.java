package be.buddytrajectories.core.proof;

import be.buddytrajectories.core.contact.ActivityType;
import java.time.LocalDate;
import java.util.Set;

/**
 * What the proof states.
 *
 * @param from          the duo's start
 * @param to            its closure, or the issue date while it runs
 * @param minutes       minutes of past contacts
 * @param contactPerson the programme's contact person from the duo's agreement, who signs
 * @param confirmedMinutes  minutes of past contacts a coordinator verified or the newcomer confirmed
 * @param confirmedContacts the number of those contacts
 */
public record ProofOfParticipation(long trajectoryId, long newcomerId, String newcomerName, LocalDate from,
                                   LocalDate to, long minutes, int contacts, int hoursTarget,
                                   Set<ActivityType> activityTypes, String contactPerson, LocalDate issuedOn,
                                   long confirmedMinutes, int confirmedContacts) {

    /** Whole and quarter hours, as the proof states them. */
    public double hours() {
        return Math.floor(minutes / 15.0) / 4.0;
    }

    /** Confirmed hours, rounded down to the quarter as {@link #hours()}. */
    public double confirmedHours() {
        return Math.floor(confirmedMinutes / 15.0) / 4.0;
    }

    public boolean targetReached() {
        return hoursTarget > 0 && minutes >= hoursTarget * 60L;
    }
}
