package be.buddytrajectories.search;

import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.search.profile.BuddyPreferences;
import be.buddytrajectories.search.profile.BuddyProfileDocument;
import be.buddytrajectories.search.profile.BuddyStatus;
import be.buddytrajectories.search.profile.DutchLevel;
import be.buddytrajectories.search.profile.Goal;
import be.buddytrajectories.search.profile.NewcomerProfile;
import be.buddytrajectories.search.profile.ProgrammeRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Profiles in Gent that match each other on every hard rule, to be changed one field at a time by tests. */
public final class TestProfiles {

    public static final double GENT_LAT = 51.0543;
    public static final double GENT_LON = 3.7174;

    private TestProfiles() {
    }

    public static ProgrammeRules rules() {
        return ProgrammeRules.on(LocalDate.of(2026, 11, 27), true, true, 25);
    }

    public static Buddy buddy(String id) {
        return new Buddy(id);
    }

    public static Newcomer newcomer(String id) {
        return new Newcomer(id);
    }

    /** Mutable builder of a buddy profile, available and trained, in Gent. */
    public static final class Buddy {
        public String id;
        public String name = "Buddy";
        public int birthYear = 1980;
        public Gender gender = Gender.F;
        public List<String> languages = List.of("nl", "ar");
        public List<String> interests = List.of();
        public String about = "";
        public String profession = "";
        public String municipality = "Gent";
        public double lat = GENT_LAT;
        public double lon = GENT_LON;
        public double maxDistanceKm = 20;
        public List<String> availability = List.of("WED_EVENING");
        public int capacity = 1;
        public int activeDuos = 0;
        public BuddyStatus status = BuddyStatus.AVAILABLE;
        public boolean trained = true;
        /** Valid a year past the reference date of {@link #rules()}. */
        public LocalDate screenedUntil = LocalDate.of(2027, 11, 27);
        public boolean hasChildren = false;
        public BuddyPreferences preferences = BuddyPreferences.none();
        public Set<String> excluded = Set.of();
        public Set<String> paired = Set.of();

        Buddy(String id) {
            this.id = id;
            this.name = "Buddy " + id;
        }

        public Buddy with(java.util.function.Consumer<Buddy> change) {
            change.accept(this);
            return this;
        }

        public BuddyProfileDocument build() {
            return new BuddyProfileDocument(id, name, birthYear, gender, languages, interests, about, profession, "9000",
                    municipality, lat, lon, maxDistanceKm, availability, capacity, activeDuos, status, trained,
                    screenedUntil, hasChildren, preferences, excluded, paired);
        }
    }

    /** Mutable builder of a newcomer intake in Gent speaking Arabic, Dutch A1. */
    public static final class Newcomer {
        public String id;
        public int birthYear = 1985;
        public Gender gender = Gender.M;
        public List<String> languages = List.of("ar");
        public DutchLevel dutchLevel = DutchLevel.A1;
        public List<String> interests = List.of();
        public String about = "";
        public String profession = "";
        public Set<Goal> goals = Set.of(Goal.SOCIAL_NETWORK);
        public double lat = GENT_LAT + 0.01;
        public double lon = GENT_LON;
        public List<String> availability = List.of("WED_EVENING");
        public boolean hasChildren = false;
        public Gender buddyGender = null;

        Newcomer(String id) {
            this.id = id;
        }

        public Newcomer with(java.util.function.Consumer<Newcomer> change) {
            change.accept(this);
            return this;
        }

        public NewcomerProfile build() {
            return new NewcomerProfile(id, "Newcomer " + id, birthYear, gender, languages, dutchLevel, interests, about,
                    profession, goals, "9000", "Gent", lat, lon, availability, hasChildren, true, buddyGender);
        }
    }
}
