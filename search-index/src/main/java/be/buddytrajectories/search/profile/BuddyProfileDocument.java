package be.buddytrajectories.search.profile;

import be.buddytrajectories.hostapi.Gender;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the index knows about one buddy: host person data plus the plugin's profile, flattened.
 *
 * @param languages ISO 639-1 codes; Dutch is always among them (added if missing)
 * @param interests as the coordinator typed them, in Dutch, English or French
 * @param availability weekly slots such as {@code WED_EVENING}
 * @param screenedUntil the last day on which a screening that counts is valid; null when never screened
 * @param excludedNewcomerIds newcomers this buddy was rejected for
 * @param pairedNewcomerIds newcomers this buddy is or was paired with
 */
public record BuddyProfileDocument(
        String id,
        String name,
        int birthYear,
        Gender gender,
        List<String> languages,
        List<String> interests,
        String about,
        String profession,
        String postalCode,
        String municipality,
        double lat,
        double lon,
        double maxDistanceKm,
        List<String> availability,
        int capacity,
        int activeDuos,
        BuddyStatus status,
        boolean trained,
        LocalDate screenedUntil,
        boolean hasChildren,
        BuddyPreferences preferences,
        Set<String> excludedNewcomerIds,
        Set<String> pairedNewcomerIds) {

    public BuddyProfileDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(status, "status");
        name = name == null ? "" : name;
        languages = withDutch(languages);
        interests = interests == null ? List.of() : List.copyOf(interests);
        about = about == null ? "" : about;
        profession = profession == null ? "" : profession;
        postalCode = postalCode == null ? "" : postalCode;
        municipality = municipality == null ? "" : municipality;
        availability = availability == null ? List.of() : List.copyOf(availability);
        preferences = preferences == null ? BuddyPreferences.none() : preferences;
        excludedNewcomerIds = excludedNewcomerIds == null ? Set.of() : Set.copyOf(excludedNewcomerIds);
        pairedNewcomerIds = pairedNewcomerIds == null ? Set.of() : Set.copyOf(pairedNewcomerIds);
    }

    /** Whether a screening that counts is valid on {@code day}. */
    public boolean screenedOn(LocalDate day) {
        return screenedUntil != null && !day.isAfter(screenedUntil);
    }

    /** Duos this buddy can still take on. */
    /** The interests as one text, as the index holds them for free-text search. */
    public String interestsAsText() {
        return String.join(", ", interests);
    }

    public int remainingCapacity() {
        return Math.max(0, capacity - activeDuos);
    }

    private static List<String> withDutch(List<String> languages) {
        if (languages == null || languages.isEmpty()) {
            return List.of("nl");
        }
        return languages.contains("nl") ? List.copyOf(languages)
                : java.util.stream.Stream.concat(java.util.stream.Stream.of("nl"), languages.stream()).toList();
    }
}
