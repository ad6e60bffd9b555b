package be.buddytrajectories.core.matching;

import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonChange;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.PersonPage;
import be.buddytrajectories.hostapi.PersonQuery;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A people directory that knows every volunteer id the same way in every process: for crash tests. */
final class SyntheticPeople implements PeopleDirectory {

    @Override
    public Optional<Person> find(long id) {
        return Optional.of(new Person(id, PersonKind.VOLUNTEER, "Volunteer", "#" + id, null, null,
                1950 + (int) (id % 50), id % 2 == 0 ? Gender.F : Gender.M, null, "9000", "Gent", null,
                List.of("nl"), Set.of(), 1));
    }

    @Override
    public List<Person> findAll(List<Long> ids) {
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    @Override
    public PersonPage search(PersonQuery query) {
        throw new UnsupportedOperationException("not needed by the indexer");
    }

    @Override
    public long count(PersonKind kind) {
        throw new UnsupportedOperationException("not needed by the indexer");
    }

    @Override
    public List<PersonChange> changesSince(long cursor, int limit) {
        return List.of();
    }

    @Override
    public Person register(NewPerson person) {
        throw new UnsupportedOperationException("not needed by the indexer");
    }

    @Override
    public void anonymise(long id) {
        throw new UnsupportedOperationException("not needed by the indexer");
    }
}
