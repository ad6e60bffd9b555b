package be.buddytrajectories.core.calendar;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;

/**
 * Single-event invitations to attach to mails ({@code text/calendar; method=REQUEST; charset=UTF-8}). The UID is
 * the one the buddy's feed gives the same event, so a calendar app that has both shows it once.
 */
public final class Invitations {

    private Invitations() {
    }

    /**
     * The invitation to a check-in, an all-day event on its due date.
     *
     * @param summary        e.g. "Opvolging van je duo met Amina": no personal data beyond a first name
     * @param description    optional, e.g. the one-click answer links
     * @param organizerEmail the coordinator's (or programme's) address
     * @param attendeeEmails the invited
     * @param sequence       0 for the first invitation, one more for each update of it
     * @param stamp          when the invitation is made (DTSTAMP)
     * @return the bytes of a UTF-8 {@code .ics} with METHOD:REQUEST
     */
    public static byte[] checkIn(long checkInId, LocalDate dueOn, String summary, String description,
                                 String organizerEmail, List<String> attendeeEmails, int sequence, Instant stamp) {
        VEvent event = CalendarFiles.allDay(AgendaEvent.of(BuddyAgenda.CHECK_IN, checkInId, dueOn, summary), stamp);
        event.add(new Organizer(URI.create("mailto:" + organizerEmail)));
        for (String attendee : attendeeEmails) {
            Attendee invited = new Attendee(URI.create("mailto:" + attendee));
            invited.add(Role.REQ_PARTICIPANT);
            invited.add(PartStat.NEEDS_ACTION);
            invited.add(new Rsvp(true));
            event.add(invited);
        }
        event.add(new Sequence(sequence));
        if (description != null && !description.isBlank()) {
            event.add(new Description(description));
        }
        return CalendarFiles.bytes(CalendarFiles.calendar(ImmutableMethod.REQUEST, null, List.of(event)));
    }
}
