package be.buddytrajectories.core.contact;

import java.time.LocalDate;
import java.util.Optional;

/** A contact as the reader may see it: the coordinator's note is empty for a buddy. */
public record ContactView(long id, long version, LocalDate metOn, int minutes, ActivityType activityType,
                          boolean dutchPractised, boolean discoveredNew, LoggedBy loggedBy, boolean verified,
                          Optional<String> coordinatorNote, boolean confirmedByNewcomer) {

    static ContactView of(Contact c, boolean withNote) {
        return new ContactView(c.id(), c.version(), c.metOn(), c.minutes(), c.activityType(), c.dutchPractised(),
                c.discoveredNew(), c.loggedBy(), c.verified(), withNote ? c.coordinatorNote() : Optional.empty(),
                c.confirmedByNewcomer());
    }
}
