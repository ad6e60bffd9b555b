package be.buddytrajectories.hostapi;

import java.util.List;
import java.util.Optional;

/**
 * The host's people: volunteers and newcomers. Reads are cheap; a plugin still does not copy personal data it
 * can read here.
 *
 * <p>Besides polling {@link #changesSince(long, int)}, a plugin can observe the CDI event {@link PersonChange},
 * which the host fires after it commits a change.
 */
public interface PeopleDirectory {

    /** The person with this id, or empty when there is none (or it was erased). */
    Optional<Person> find(long id);

    /** The people with these ids that exist, in no particular order. */
    List<Person> findAll(List<Long> ids);

    /** A page of people matching the query. */
    PersonPage search(PersonQuery query);

    /** How many people of this kind the host has. */
    long count(PersonKind kind);

    /**
     * Changes committed after {@code cursor}, oldest first, at most {@code limit}. Start with cursor 0; a host may
     * have compacted old changes, in which case it starts at the oldest it still has.
     */
    List<PersonChange> changesSince(long cursor, int limit);

    /** Registers a new person and returns it with its id; the caller has checked its permission. */
    Person register(NewPerson person);

    /**
     * Replaces the personal data of this person with anonymous values, keeping birth year and postcode for
     * statistics. Used when a person asks to be erased.
     */
    void anonymise(long id);
}
