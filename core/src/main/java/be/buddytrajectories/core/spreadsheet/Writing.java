package be.buddytrajectories.core.spreadsheet;

import be.buddytrajectories.core.trajectory.DuoStarted;
import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostapi.PeopleDirectory;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * What planned rows write with: the import's transaction and the host's directory. It remembers the
 * host people it registered, so that a failed import can take them back.
 */
final class Writing {

    final EntityManager em;
    final Event<DuoStarted> duoStarted;
    final Long coordinatorId;
    private final PeopleDirectory people;
    private final List<Long> registered;

    Writing(EntityManager em, PeopleDirectory people, Event<DuoStarted> duoStarted,
            Long coordinatorId, List<Long> registered) {
        this.em = em;
        this.people = people;
        this.duoStarted = duoStarted;
        this.coordinatorId = coordinatorId;
        this.registered = registered;
    }

    /** The host id of the row's person: the existing one, or a newly registered one. */
    long person(Long existingId, NewPerson person) {
        if (existingId != null) {
            return existingId;
        }
        long id = people.register(person).id();
        registered.add(id);
        return id;
    }
}
