package be.buddytrajectories.core.calendar;

import java.time.LocalDate;

/**
 * One all-day event of a calendar.
 *
 * @param uid stable across feeds and invitations, e.g. {@code checkin-12@buddy-trajectories}
 */
public record AgendaEvent(String uid, LocalDate day, String summary) {

    static final String DOMAIN = "@buddy-trajectories";

    static AgendaEvent of(String kind, long id, LocalDate day, String summary) {
        return new AgendaEvent(kind + "-" + id + DOMAIN, day, summary);
    }
}
