package be.buddytrajectories.core.calendar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** Writes iCalendar files (RFC 5545) with ical4j, in UTF-8. */
final class CalendarFiles {

    static final String PRODUCT = "-//Buddy Trajectories//Buddy Trajectories//NL";

    private CalendarFiles() {
    }

    /** An all-day VEVENT with a stable UID, stamped {@code stamp}. */
    static VEvent allDay(AgendaEvent event, Instant stamp) {
        VEvent vevent = new VEvent(event.day(), event.day().plusDays(1), event.summary());
        vevent.replace(new DtStamp(stamp));
        vevent.add(new Uid(event.uid()));
        return vevent;
    }

    /** A calendar with these events, this method (PUBLISH for a feed, REQUEST for an invitation) and name. */
    static Calendar calendar(Method method, String name, List<VEvent> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        if (name != null) {
            calendar.add((Property) new XProperty("X-WR-CALNAME", name));
        }
        events.forEach(calendar::add);
        return calendar;
    }

    static byte[] bytes(Calendar calendar) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new CalendarOutputter(false).output(calendar, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
