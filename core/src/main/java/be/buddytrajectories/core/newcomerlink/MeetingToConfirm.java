package be.buddytrajectories.core.newcomerlink;

import be.buddytrajectories.core.contact.ActivityType;
import java.time.LocalDate;

/** A meeting the buddy logged, as the newcomer sees it: no notes, no flags. */
public record MeetingToConfirm(long contactId, LocalDate metOn, int minutes, ActivityType activityType) {
}
