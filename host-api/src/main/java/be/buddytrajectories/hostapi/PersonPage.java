package be.buddytrajectories.hostapi;

import java.util.List;

/** A page of people, ordered by last name then first name, with the total number that matched. */
public record PersonPage(List<Person> people, long total) {

    public PersonPage {
        people = List.copyOf(people);
    }
}
