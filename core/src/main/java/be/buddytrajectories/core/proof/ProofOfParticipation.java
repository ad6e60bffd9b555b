package be.buddytrajectories.core.proof;

import be.buddytrajectories.core.contact.ActivityType;
import be.buddytrajectories.core.contact.HoursParts;
import java.time.LocalDate;
import java.util.Set;

/**
 * What the proof states.
 *
 * @param from          the duo's start
 * @param to            its closure, or the issue date while it runs
 * @param minutes       minutes of past contacts (meetings)
 * @param contactPerson the programme's contact person from the duo's agreement, who signs
 * @param confirmedMinutes  minutes of past contacts a coordinator verified or the newcomer confirmed
 * @param confirmedContacts the number of those contacts
 * @param counted       the minutes by category (meetings, group activities, other activities) and which count
 */
public record ProofOfParticipation(long trajectoryId, long newcomerId, String newcomerName, LocalDate from,
                                   LocalDate to, long minutes, int contacts, int hoursTarget,
                                   Set<ActivityType> activityTypes, String contactPerson, LocalDate issuedOn,
                                   long confirmedMinutes, int confirmedContacts, HoursParts counted) {

    /** The hours that count toward the target, in whole and quarter hours, as the proof states them. */
    public double hours() {
        return counted.countedHours();
    }

    /** Confirmed hours of meetings, rounded down to the quarter as {@link #hours()}. */
    public double confirmedHours() {
        return Math.floor(confirmedMinutes / 15.0) / 4.0;
    }

    public boolean targetReached() {
        return hoursTarget > 0 && counted.countedMinutes() >= hoursTarget * 60L;
    }
}
