package be.buddytrajectories.hostapi.testing;

import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonChange;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.PersonPage;
import be.buddytrajectories.hostapi.PersonQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;

/** A people directory kept in memory, with the change feed a host keeps. */
public class InMemoryPeopleDirectory implements PeopleDirectory {

    private final Map<Long, Person> people = new ConcurrentSkipListMap<>();
    private final List<PersonChange> changes = new ArrayList<>();
    private long nextId = 1;

    @Override
    public Optional<Person> find(long id) {
        return Optional.ofNullable(people.get(id));
    }

    @Override
    public List<Person> findAll(List<Long> ids) {
        return ids.stream().map(people::get).filter(p -> p != null).toList();
    }

    @Override
    public PersonPage search(PersonQuery query) {
        List<Person> matching = people.values().stream()
                .filter(p -> query.kind() == null || p.kind() == query.kind())
                .filter(p -> query.text() == null || (p.displayName() + " " + (p.email() == null ? "" : p.email()))
                        .toLowerCase(Locale.ROOT).contains(query.text().toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparing(Person::lastName).thenComparing(Person::firstName))
                .toList();
        return new PersonPage(matching.stream().skip(query.offset()).limit(query.limit()).toList(), matching.size());
    }

    @Override
    public long count(PersonKind kind) {
        return people.values().stream().filter(p -> p.kind() == kind).count();
    }

    @Override
    public synchronized List<PersonChange> changesSince(long cursor, int limit) {
        return changes.stream().filter(c -> c.cursor() > cursor).limit(limit).toList();
    }

    @Override
    public synchronized Person register(NewPerson n) {
        Person person = new Person(nextId++, n.kind(), n.firstName(), n.lastName(), n.email(), n.phone(),
                n.birthYear(), n.gender(), n.street(), n.postalCode(), n.municipality(), n.location(), n.languages(),
                n.tags(), 1);
        people.put(person.id(), person);
        changes.add(new PersonChange(changes.size() + 1L, person.id(), PersonChange.Type.CREATED));
        return person;
    }

    /** Registers a person with just a name, for tests that need someone to exist. */
    public Person add(PersonKind kind, String firstName, String lastName) {
        return register(new NewPerson(kind, firstName, lastName, null, null, 1990, Gender.X, null, "9000", "Gent",
                null, List.of("nl"), Set.of()));
    }

    @Override
    public synchronized void anonymise(long id) {
        Person p = people.get(id);
        if (p != null) {
            people.put(id, new Person(id, p.kind(), "Anonymous", "#" + id, null, null, p.birthYear(), Gender.X, null,
                    p.postalCode(), null, null, List.of(), Set.of(), p.version() + 1));
            changes.add(new PersonChange(changes.size() + 1L, id, PersonChange.Type.ERASED));
        }
    }
}
