package be.buddytrajectories.bench.data;

import be.buddytrajectories.bench.data.Towns.Town;
import be.buddytrajectories.bench.data.Wording.Concept;
import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.search.profile.BuddyStatus;
import be.buddytrajectories.search.profile.DutchLevel;
import be.buddytrajectories.search.profile.Goal;
import be.buddytrajectories.search.profile.NewcomerProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded generator of volunteers and newcomers. Each person is drawn from his own random stream (seed and
 * number), so volunteer 70,000 is the same whether 100k or 1M are generated, and any one can be regenerated
 * without the others — the loader streams a million of them without keeping them in memory.
 */
public final class ProfileGenerator {

    public static final long DEFAULT_SEED = 20261128L;
    /** Dates in the profiles are around this day; the programme rules use it as reference date. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 28);
    private static final long VOLUNTEER_STREAM = 0x5DEECE66DL;
    private static final long NEWCOMER_STREAM = 0x9E3779B97F4A7C15L;
    private static final int[] TRAVEL_KM = {3, 5, 8, 10, 15, 20, 30};

    private final long seed;

    public ProfileGenerator(long seed) {
        this.seed = seed;
    }

    /** Volunteer number {@code id} (1-based; also his host person id). */
    public GeneratedVolunteer volunteer(long id) {
        SplittableRandom random = new SplittableRandom(seed * 31 + VOLUNTEER_STREAM * id);
        Gender gender = random.nextDouble() < 0.58 ? Gender.F : random.nextDouble() < 0.95 ? Gender.M : Gender.X;
        // About one volunteer in seven came to Belgium himself, and speaks that language natively.
        boolean migrated = random.nextDouble() < 0.15;
        String first = firstName(random, gender, migrated);
        String last = migrated ? pick(random, Wording.NEWCOMER_LAST_NAMES) : pick(random, Wording.FLEMISH_LAST_NAMES);
        Town town = Towns.pick(random);
        Map<String, String> languages = new LinkedHashMap<>();
        languages.put("nl", migrated ? pick(random, "FLUENT", "CONVERSATIONAL") : "NATIVE");
        if (random.nextDouble() < 0.7) {
            languages.put("en", pick(random, "BASIC", "CONVERSATIONAL", "FLUENT", "FLUENT"));
        }
        if (random.nextDouble() < 0.5) {
            languages.put("fr", pick(random, "BASIC", "CONVERSATIONAL", "CONVERSATIONAL", "FLUENT"));
        }
        if (migrated) {
            languages.put(pick(random, Wording.NEWCOMER_LANGUAGES), "NATIVE");
        } else if (random.nextDouble() < 0.12) {
            languages.putIfAbsent(pick(random, Wording.VOLUNTEER_LANGUAGES), pick(random, "CONVERSATIONAL", "FLUENT"));
        }
        List<String> interests = new ArrayList<>();
        for (Concept concept : concepts(random, 1 + random.nextInt(5))) {
            interests.add(worded(random, concept));
        }
        if (random.nextDouble() < 0.1) {
            interests.add(pick(random, Wording.UNLISTED_INTERESTS));
        }
        int language = writingLanguage(random);
        Concept job = Wording.JOBS.get(random.nextInt(Wording.JOBS.size()));
        String profession = pick(random, job.words()[language]);
        boolean hasChildren = random.nextDouble() < 0.4;
        String about = about(random, language, profession, interests, town.name(), hasChildren);
        String experience = random.nextDouble() < 0.3 ? pick(random,
                "Vrijwilliger bij het OCMW en de voedselbank.", "Ik gaf les Nederlands aan anderstaligen.",
                "Volunteer at a refugee reception centre.", "Bénévole dans une école des devoirs.") : null;
        double lat = round(town.lat() + (random.nextDouble() - 0.5) * 0.05);
        double lon = round(town.lon() + (random.nextDouble() - 0.5) * 0.07);
        int capacity = random.nextDouble() < 0.75 ? 1 : random.nextDouble() < 0.8 ? 2 : 3;
        double statusDraw = random.nextDouble();
        BuddyStatus status = statusDraw < 0.82 ? BuddyStatus.AVAILABLE
                : statusDraw < 0.94 ? BuddyStatus.PAUSED : BuddyStatus.INACTIVE;
        LocalDate screenedOn = random.nextDouble() < 0.88 ? REFERENCE_DATE.minusDays(random.nextInt(900)) : null;
        LocalDate trainedOn = random.nextDouble() < 0.8 ? REFERENCE_DATE.minusDays(random.nextInt(900)) : null;
        Gender prefGender = random.nextDouble() < 0.1 ? Gender.F : random.nextDouble() < 0.03 ? Gender.M : null;
        Integer minAge = null;
        Integer maxAge = null;
        if (random.nextDouble() < 0.1) {
            minAge = 18 + random.nextInt(10);
            maxAge = 35 + random.nextInt(30);
        }
        String mail = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + "." + id + "@example.be";
        return new GeneratedVolunteer(id, first, last, mail, String.format(Locale.ROOT, "+32 4%02d %02d %02d %02d",
                random.nextInt(100), random.nextInt(100), random.nextInt(100), random.nextInt(100)),
                1950 + random.nextInt(56), gender, pick(random, Wording.STREETS) + " " + (1 + random.nextInt(150)),
                town.postcode(), town.name(), lat, lon, languages, interests, about, profession, experience,
                slots(random), TRAVEL_KM[random.nextInt(TRAVEL_KM.length)], capacity, status, screenedOn, trainedOn,
                prefGender, minAge, maxAge, random.nextDouble() < 0.9, hasChildren, "2026-01",
                REFERENCE_DATE.minusDays(random.nextInt(700)));
    }

    /** Newcomer number {@code number} (1-based), as the matcher receives him. */
    public NewcomerProfile newcomer(int number) {
        SplittableRandom random = new SplittableRandom(seed * 17 + NEWCOMER_STREAM * number);
        Gender gender = random.nextDouble() < 0.5 ? Gender.F : random.nextDouble() < 0.97 ? Gender.M : Gender.X;
        Town town = Towns.pick(random);
        List<String> languages = new ArrayList<>();
        int count = 1 + random.nextInt(2);
        while (languages.size() < count) {
            String code = pick(random, Wording.NEWCOMER_LANGUAGES);
            if (!languages.contains(code)) {
                languages.add(code);
            }
        }
        double level = random.nextDouble();
        DutchLevel dutch = level < 0.3 ? DutchLevel.A0 : level < 0.55 ? DutchLevel.A1 : level < 0.75 ? DutchLevel.A2
                : level < 0.92 ? DutchLevel.B1 : DutchLevel.B2;
        List<String> interests = new ArrayList<>();
        for (Concept concept : concepts(random, 1 + random.nextInt(3))) {
            interests.add(worded(random, concept));
        }
        int language = writingLanguage(random);
        Concept job = Wording.JOBS.get(random.nextInt(Wording.JOBS.size()));
        String title = pick(random, job.words()[language]);
        String about = switch (language) {
            case 0 -> "Ik werkte als " + title + " in mijn land. Ik hou van " + interests.get(0)
                    + " en wil graag Nederlands oefenen.";
            case 1 -> "I was a " + title + " back home. I would like to meet people and I like "
                    + String.join(", ", interests) + ".";
            default -> "J'étais " + title + ". J'aime " + interests.get(0) + " et je veux apprendre le néerlandais.";
        };
        Set<Goal> goals = new LinkedHashSet<>();
        int goalCount = 1 + random.nextInt(3);
        while (goals.size() < goalCount) {
            goals.add(Goal.values()[random.nextInt(Goal.values().length)]);
        }
        Gender buddyGender = gender == Gender.F && random.nextDouble() < 0.3 ? Gender.F
                : random.nextDouble() < 0.03 ? Gender.M : null;
        return new NewcomerProfile("n" + number, firstName(random, gender, true) + " "
                + pick(random, Wording.NEWCOMER_LAST_NAMES), 1960 + random.nextInt(47), gender, languages, dutch,
                interests, about, title, goals, town.postcode(), town.name(),
                round(town.lat() + (random.nextDouble() - 0.5) * 0.05),
                round(town.lon() + (random.nextDouble() - 0.5) * 0.07),
                slots(random).stream().map(s -> s[0].substring(0, 3) + "_" + s[1]).toList(),
                random.nextDouble() < 0.45, random.nextDouble() < 0.6, buddyGender);
    }

    private static String about(SplittableRandom random, int language, String profession, List<String> interests,
                                String town, boolean hasChildren) {
        String all = String.join(language == 2 ? " et " : language == 1 ? " and " : " en ", interests);
        return switch (language * 2 + random.nextInt(2)) {
            case 0 -> "Ik ben " + profession + " en hou van " + all + ". Ik wil graag iemand wegwijs maken in "
                    + town + "." + (hasChildren ? " Ik heb zelf kinderen." : "");
            case 1 -> "Na mijn werk als " + profession + " heb ik tijd om nieuwkomers te helpen. Hobby's: " + all + ".";
            case 2 -> "I work as " + profession + " in " + town + ". In my free time I enjoy " + all
                    + (hasChildren ? ". Parent of two." : ".");
            case 3 -> "Happy to show someone around " + town + ": coffee, the market, the library. I like " + all + ".";
            case 4 -> "Je suis " + profession + " et j'aime " + all + ". Ik help graag nieuwkomers in " + town + ".";
            default -> "J'habite à " + town + " depuis longtemps et j'aime " + all + ".";
        };
    }

    private static String firstName(SplittableRandom random, Gender gender, boolean newcomerName) {
        boolean female = gender == Gender.F || (gender == Gender.X && random.nextBoolean());
        if (newcomerName) {
            return pick(random, female ? Wording.NEWCOMER_FIRST_NAMES_F : Wording.NEWCOMER_FIRST_NAMES_M);
        }
        return pick(random, female ? Wording.FLEMISH_FIRST_NAMES_F : Wording.FLEMISH_FIRST_NAMES_M);
    }

    /** Most people write in Dutch; some in English or French. */
    private static int writingLanguage(SplittableRandom random) {
        double draw = random.nextDouble();
        return draw < 0.6 ? 0 : draw < 0.85 ? 1 : 2;
    }

    private static Set<Concept> concepts(SplittableRandom random, int count) {
        Set<Concept> concepts = new LinkedHashSet<>();
        while (concepts.size() < count) {
            concepts.add(Wording.INTERESTS.get(random.nextInt(Wording.INTERESTS.size())));
        }
        return concepts;
    }

    private static String worded(SplittableRandom random, Concept concept) {
        return pick(random, concept.words()[writingLanguage(random)]);
    }

    private static List<String[]> slots(SplittableRandom random) {
        Set<String> codes = new LinkedHashSet<>();
        int count = 2 + random.nextInt(5);
        while (codes.size() < count) {
            codes.add(pick(random, Wording.DAYS) + "_" + pick(random, Wording.DAY_PARTS));
        }
        return codes.stream().sorted().map(code -> code.split("_")).toList();
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }

    @SafeVarargs
    private static <T> T pick(SplittableRandom random, T... items) {
        return items[random.nextInt(items.length)];
    }
}
