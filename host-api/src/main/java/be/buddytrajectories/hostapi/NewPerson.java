package be.buddytrajectories.hostapi;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The data of a person a plugin registers in the host (for example a newcomer at intake). */
public record NewPerson(PersonKind kind, String firstName, String lastName, String email, String phone,
                        Integer birthYear, Gender gender, String street, String postalCode, String municipality,
                        GeoPoint location, List<String> languages, Set<String> tags) {

    public NewPerson {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(gender, "gender");
        languages = List.copyOf(languages);
        tags = Set.copyOf(tags);
    }
}
