package be.buddytrajectories.core.contact;

/**
 * A duo's minutes by category, and which categories count toward its hours target as the programme has it: the
 * duo's meetings always; group activities the newcomer attended while the duo ran, and other participation
 * activities the coordinator confirmed, when the programme settings say they count.
 */
public record HoursParts(long meetingMinutes, long groupActivityMinutes, long otherActivityMinutes,
                         boolean groupActivitiesCount, boolean otherActivitiesCount) {

    /** The minutes that count toward the hours target. */
    public long countedMinutes() {
        return meetingMinutes + (groupActivitiesCount ? groupActivityMinutes : 0)
                + (otherActivitiesCount ? otherActivityMinutes : 0);
    }

    /** Counted hours, rounded down to the quarter, as every screen and the proof show them. */
    public double countedHours() {
        return quarters(countedMinutes());
    }

    public double meetingHours() {
        return quarters(meetingMinutes);
    }

    public double groupActivityHours() {
        return quarters(groupActivityMinutes);
    }

    public double otherActivityHours() {
        return quarters(otherActivityMinutes);
    }

    private static double quarters(long minutes) {
        return Math.floor(minutes / 15.0) / 4.0;
    }
}
