package be.buddytrajectories.core.signup;

import be.buddytrajectories.hostapi.Person;
import java.util.List;

/**
 * A queue item as a coordinator reviews it, with the host people it may be (same e-mail address): the public form
 * never tells, the coordinator decides.
 */
public record Review<T>(T item, List<Person> possiblySame) {

    public Review {
        possiblySame = List.copyOf(possiblySame);
    }
}
