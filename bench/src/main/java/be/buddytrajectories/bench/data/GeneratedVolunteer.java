package be.buddytrajectories.bench.data;

import be.buddytrajectories.core.programme.ProgrammeSettings;
import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.search.profile.BuddyPreferences;
import be.buddytrajectories.search.profile.BuddyProfileDocument;
import be.buddytrajectories.search.profile.BuddyStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One generated volunteer: his host person and his buddy profile, as the tables hold them.
 *
 * @param languages ISO code → level name of {@code core.person.LanguageLevel}
 * @param slots day of week and day part, e.g. {@code ["WEDNESDAY", "EVENING"]}
 */
public record GeneratedVolunteer(
        long id, String firstName, String lastName, String email, String phone, int birthYear, Gender gender,
        String street, String postcode, String municipality, double lat, double lon,
        Map<String, String> languages, List<String> interests, String about, String profession, String experience,
        List<String[]> slots, int maxTravelKm, int capacity, BuddyStatus status, LocalDate screenedOn,
        LocalDate trainedOn, Gender preferredNewcomerGender, Integer preferredMinAge, Integer preferredMaxAge,
        boolean childrenWelcome, boolean hasChildren, String consentVersion, LocalDate consentGivenOn) {

    private static final Set<String> CONVERSATION_LEVELS = Set.of("CONVERSATIONAL", "FLUENT", "NATIVE");

    /**
     * The index document core's BuddyDocuments would build from these rows (no duos yet), for benchmarks that
     * need an index without a database.
     */
    /** The last day the generated screening (an extract) is valid, at the programme's default validity. */
    public LocalDate screenedUntil() {
        return screenedOn == null ? null
                : screenedOn.plusMonths(ProgrammeSettings.Limits.DEFAULT_SCREENING_VALID_MONTHS);
    }

    public BuddyProfileDocument document() {
        List<String> conversation = languages.entrySet().stream()
                .filter(e -> CONVERSATION_LEVELS.contains(e.getValue())).map(Map.Entry::getKey).sorted().toList();
        List<String> availability = slots.stream().map(s -> s[0].substring(0, 3) + "_" + s[1]).sorted().toList();
        return new BuddyProfileDocument(Long.toString(id), firstName + " " + lastName, birthYear, gender, conversation,
                interests, String.join("\n", about, experience == null ? "" : experience).strip(), profession,
                postcode, municipality, lat, lon, maxTravelKm, availability, capacity, 0, status, trainedOn != null,
                screenedUntil(), hasChildren,
                new BuddyPreferences(preferredNewcomerGender, preferredMinAge, preferredMaxAge, childrenWelcome),
                Set.of(), Set.of());
    }
}
