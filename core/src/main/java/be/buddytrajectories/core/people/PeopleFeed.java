package be.buddytrajectories.core.people;

import be.buddytrajectories.core.outbox.IndexOutbox;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.PersonChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Reads the host's people changes after the position the plugin stored ({@code buddy_people_feed}) and, in one
 * transaction, records each changed volunteer who has a buddy profile in the index outbox and moves the position:
 * a crash before the commit reads the same changes again, and applying a change twice does no harm. Position 0
 * means the plugin has never read the feed: it then starts at the feed's end, because its index is first built
 * from the current state of everyone.
 */
@ApplicationScoped
public class PeopleFeed {

    static final int BATCH = 500;

    private final PeopleDirectory people;
    private final BuddyDatabase database;
    private final IndexOutbox outbox;

    @Inject
    public PeopleFeed(PeopleDirectory people, BuddyDatabase database, IndexOutbox outbox) {
        this.people = people;
        this.database = database;
        this.outbox = outbox;
    }

    /** Applies up to {@value #BATCH} changes after the stored position; returns how many it read. */
    public int follow() {
        long position = database.inTransaction(em -> ((Number) em.createNativeQuery(
                "select last_change from buddy_people_feed where id = 1").getSingleResult()).longValue());
        if (position == 0) {
            return skipToTheEnd();
        }
        List<PersonChange> changes = people.changesSince(position, BATCH);
        if (changes.isEmpty()) {
            return 0;
        }
        List<Long> changed = changes.stream().map(PersonChange::personId).distinct().toList();
        long last = changes.get(changes.size() - 1).cursor();
        database.inTransaction(em -> {
            em.createQuery("select p.volunteerId from BuddyProfile p where p.volunteerId in :ids", Long.class)
                    .setParameter("ids", changed).getResultList()
                    .forEach(volunteer -> outbox.volunteerChanged(em, volunteer));
            return moveTo(em, last);
        });
        return changes.size();
    }

    private int skipToTheEnd() {
        long end = 0;
        int read = 0;
        List<PersonChange> changes;
        do {
            changes = people.changesSince(end, BATCH);
            read += changes.size();
            end = changes.isEmpty() ? end : changes.get(changes.size() - 1).cursor();
        } while (changes.size() == BATCH);
        long position = end;
        database.inTransaction(em -> moveTo(em, position));
        return read;
    }

    /** Only forward: a second host that read further already moved it. */
    private static int moveTo(EntityManager em, long position) {
        return em.createNativeQuery("update buddy_people_feed set last_change = ?1 where id = 1 and last_change < ?1")
                .setParameter(1, position).executeUpdate();
    }
}
