package be.buddytrajectories.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class InvitationsTest {

    @Test
    void aCheckInInvitationIsOneRequestEventThatParsesBackWithItsStableUid() throws Exception {
        byte[] ics = Invitations.checkIn(12, LocalDate.of(2026, 3, 16), "Opvolging van je duo met Amina",
                "Hoe gaat het? Antwoord met één klik.", "coordinator@example.org",
                List.of("lotte@example.org"), 0, Instant.parse("2026-03-02T10:00:00Z"));

        String text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR").contains("METHOD:REQUEST").contains("\r\n");
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(value(event, Property.UID)).isEqualTo("checkin-12@buddy-trajectories");
        assertThat(value(event, Property.DTSTART)).isEqualTo("20260316");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Opvolging van je duo met Amina");
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo("Hoe gaat het? Antwoord met één klik.");
        assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:coordinator@example.org");
        assertThat(value(event, Property.ATTENDEE)).isEqualTo("mailto:lotte@example.org");
        assertThat(value(event, Property.DTSTAMP)).isEqualTo("20260302T100000Z");
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElseThrow();
    }
}
