package be.buddytrajectories.hostapi;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A person as the host's CRM knows them. Plugins keep only {@link #id()} and read the rest when they need it.
 *
 * @param id         the host's stable identifier
 * @param kind       volunteer or newcomer
 * @param firstName  given name
 * @param lastName   family name
 * @param email      e-mail address, or {@code null}
 * @param phone      phone number, or {@code null}
 * @param birthYear  year of birth, or {@code null}; hosts never expose a full date of birth
 * @param gender     stated gender
 * @param street     street and number, or {@code null}
 * @param postalCode postcode, or {@code null}
 * @param municipality municipality, or {@code null}
 * @param location   geocoded home location, or {@code null}
 * @param languages  ISO 639-1 codes of the languages the person speaks, in the person's order
 * @param tags       free tags of the CRM (interests, skills, …)
 * @param version    increases with every change, for change detection
 */
public record Person(long id, PersonKind kind, String firstName, String lastName, String email, String phone,
                     Integer birthYear, Gender gender, String street, String postalCode, String municipality,
                     GeoPoint location, List<String> languages, Set<String> tags, long version) {

    public Person {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(gender, "gender");
        languages = List.copyOf(languages);
        tags = Set.copyOf(tags);
    }

    /** First and last name, as shown in lists. */
    public String displayName() {
        return firstName + " " + lastName;
    }
}
