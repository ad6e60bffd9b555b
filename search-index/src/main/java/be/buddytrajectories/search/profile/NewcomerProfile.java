package be.buddytrajectories.search.profile;

import be.buddytrajectories.hostapi.Gender;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A newcomer's intake as the matcher needs it.
 *
 * @param languages contact languages other than Dutch (ISO 639-1)
 * @param goals what the newcomer hopes for; drives the goal ↔ experience clauses
 * @param buddyGender the buddy gender the newcomer asked for, or null
 */
public record NewcomerProfile(
        String id,
        String name,
        int birthYear,
        Gender gender,
        List<String> languages,
        DutchLevel dutchLevel,
        List<String> interests,
        String about,
        String profession,
        Set<Goal> goals,
        String postalCode,
        String municipality,
        double lat,
        double lon,
        List<String> availability,
        boolean hasChildren,
        boolean pntObliged,
        Gender buddyGender) {

    public NewcomerProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(dutchLevel, "dutchLevel");
        name = name == null ? "" : name;
        languages = languages == null ? List.of() : languages.stream().filter(l -> !"nl".equals(l)).toList();
        interests = interests == null ? List.of() : List.copyOf(interests);
        about = about == null ? "" : about;
        profession = profession == null ? "" : profession;
        goals = goals == null ? Set.of() : Set.copyOf(goals);
        postalCode = postalCode == null ? "" : postalCode;
        municipality = municipality == null ? "" : municipality;
        availability = availability == null ? List.of() : List.copyOf(availability);
    }
}
