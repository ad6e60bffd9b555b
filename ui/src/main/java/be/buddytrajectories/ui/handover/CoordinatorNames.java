package be.buddytrajectories.ui.handover;

import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Coordinators by name: staff are host people, read by id; one unknown to the host shows as its id. */
public final class CoordinatorNames {

    private final Map<Long, String> names;

    public CoordinatorNames(PeopleDirectory people, List<Long> ids) {
        names = people.findAll(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Person::id, Person::displayName, (a, b) -> a));
    }

    public String of(Long id) {
        return id == null ? "" : names.getOrDefault(id, "#" + id);
    }

    /** A label generator for a field whose items are coordinator ids. */
    public Function<Long, String> labels() {
        return this::of;
    }
}
