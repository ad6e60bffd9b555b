package be.buddytrajectories.bench.eval;

import be.buddytrajectories.bench.eval.RuleGrader.Latent;
import be.buddytrajectories.search.profile.BuddyProfileDocument;
import be.buddytrajectories.search.profile.DutchLevel;
import be.buddytrajectories.search.profile.Goal;
import be.buddytrajectories.search.profile.NewcomerProfile;
import be.buddytrajectories.search.profile.ProgrammeRules;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates a judged set (docs/matching.md): people whose interests and jobs are drawn as concepts and then worded
 * in Dutch, English or French by a {@link SetWording}, graded by {@link RuleGrader} from the concepts, never from
 * the wording. Two wordings: our own set ({@link OwnSetWording}) and the held-out wording set
 * ({@link HeldOutWording}), whose word lists were written before any tuning on it and are never used for tuning.
 * Usage: {@code JudgedSetGenerator own|heldout OUTPUT [SEED]}.
 */
public final class JudgedSetGenerator {

    static final long OWN_SEED = 20261127L;
    static final long HELD_OUT_SEED = 20261205L;
    static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 27);
    private static final int VOLUNTEERS = 120;
    private static final int NEWCOMERS = 45;

    private static final String[] VOLUNTEER_LANGUAGES = {"fr", "en", "ar", "es", "tr", "ru", "uk", "fa", "de", "ti"};
    private static final String[] NEWCOMER_LANGUAGES =
            {"ar", "fa", "ps", "ti", "so", "uk", "ru", "tr", "fr", "en", "es", "ku", "am"};
    private static final String[] LANGUAGE_NAMES_NL = {"Arabisch", "Perzisch", "Pasjtoe", "Tigrinya", "Somalisch",
        "Oekraïens", "Russisch", "Turks", "Frans", "Engels", "Spaans", "Koerdisch", "Amhaars"};
    private static final String[] DAYS = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};
    private static final String[] PARTS = {"MORNING", "AFTERNOON", "EVENING"};
    private static final String[] FIRST_NAMES = {"An", "Bart", "Celine", "Dirk", "Els", "Filip", "Griet", "Hans",
        "Ines", "Jens", "Katrien", "Lotte", "Mehmet", "Nadia", "Olga", "Pieter", "Rania", "Sofie", "Tom", "Yusuf",
        "Zainab", "Ahmad", "Bilal", "Daria", "Elif", "Farid", "Hana", "Ivan", "Leila", "Omar"};
    private static final String[] LAST_NAMES = {"Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems",
        "Claes", "Goossens", "Wouters", "De Smet", "Vermeulen", "Hermans", "Aerts", "Van Dyck"};

    private final SetWording wording;
    private final Random random;

    JudgedSetGenerator(SetWording wording, long seed) {
        this.wording = wording;
        this.random = new Random(seed);
    }

    /** Our own set, as committed in {@code match-eval/own-set.json}. */
    static JudgedSetGenerator ownSet() {
        return new JudgedSetGenerator(new OwnSetWording(), OWN_SEED);
    }

    /** The held-out wording set, as committed in {@code match-eval/heldout-wording.json}. */
    static JudgedSetGenerator heldOutWording() {
        return new JudgedSetGenerator(new HeldOutWording(), HELD_OUT_SEED);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || !List.of("own", "heldout").contains(args[0])) {
            System.err.println("usage: JudgedSetGenerator own|heldout OUTPUT [SEED]");
            System.exit(2);
        }
        SetWording wording = args[0].equals("own") ? new OwnSetWording() : new HeldOutWording();
        long seed = args.length > 2 ? Long.parseLong(args[2]) : args[0].equals("own") ? OWN_SEED : HELD_OUT_SEED;
        Files.writeString(Path.of(args[1]), new JudgedSetGenerator(wording, seed).generateJson());
    }

    String generateJson() throws IOException {
        ProgrammeRules rules = ProgrammeRules.on(REFERENCE_DATE, true, true, 20);
        List<Map<String, Object>> volunteers = new ArrayList<>();
        List<BuddyProfileDocument> volunteerProfiles = new ArrayList<>();
        List<Latent> volunteerLatents = new ArrayList<>();
        for (int i = 1; i <= VOLUNTEERS; i++) {
            Map<String, Object> json = volunteer("v" + i, volunteerLatents);
            volunteers.add(json);
            volunteerProfiles.add(JudgedSetReader.parseVolunteer(new ObjectMapper().valueToTree(json)));
        }
        List<Map<String, Object>> newcomers = new ArrayList<>();
        List<Map<String, Object>> judgments = new ArrayList<>();
        for (int i = 1; i <= NEWCOMERS; i++) {
            List<Latent> latent = new ArrayList<>();
            Map<String, Object> json = newcomer("n" + i, latent);
            newcomers.add(json);
            NewcomerProfile newcomer = JudgedSetReader.parseNewcomer(new ObjectMapper().valueToTree(json));
            for (int v = 0; v < VOLUNTEERS; v++) {
                int grade = RuleGrader.grade(rules, newcomer, latent.get(0), volunteerProfiles.get(v),
                        volunteerLatents.get(v));
                if (grade > 0) {
                    judgments.add(ordered("newcomer", newcomer.id(), "volunteer", volunteerProfiles.get(v).id(),
                            "grade", grade));
                }
            }
        }
        Map<String, Object> root = ordered("referenceDate", REFERENCE_DATE.toString(), "programme",
                ordered("requireTraining", true, "requireScreening", true, "maxDistanceKm", 20));
        root.put("volunteers", volunteers);
        root.put("newcomers", newcomers);
        root.put("judgments", judgments);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    }

    private Map<String, Object> volunteer(String id, List<Latent> latents) {
        String[] town = pick(wording.towns());
        Set<String> concepts = concepts(1 + random.nextInt(4));
        String sector = random.nextDouble() < 0.8 ? pick(wording.sectors()) : null;
        latents.add(new Latent(concepts, sector));
        int language = random.nextInt(3);
        String profession = title(sector, language);
        List<String> interests = concepts.stream().map(this::worded).toList();
        boolean hasChildren = random.nextDouble() < 0.45;
        int birthYear = 1950 + random.nextInt(54);
        String about = wording.volunteerAbout(random, profession, interests, town[1], hasChildren);
        int capacity = 1 + (random.nextDouble() < 0.25 ? 1 : 0);
        int activeDuos = random.nextDouble() < 0.15 ? capacity : random.nextInt(capacity);
        double status = random.nextDouble();
        Map<String, Object> preferences = ordered("newcomerGender",
                random.nextDouble() < 0.1 ? "F" : random.nextDouble() < 0.05 ? "M" : null,
                "minAge", null, "maxAge", null, "childrenWelcome", random.nextDouble() < 0.9);
        if (random.nextDouble() < 0.1) {
            preferences.put("minAge", 18 + random.nextInt(10));
            preferences.put("maxAge", 35 + random.nextInt(25));
        }
        Map<String, Object> json = ordered("id", id, "name", name(), "birthYear", birthYear,
                "gender", random.nextDouble() < 0.55 ? "F" : random.nextDouble() < 0.9 ? "M" : "X");
        List<String> languages = new ArrayList<>(List.of("nl"));
        int extra = random.nextInt(4);
        while (languages.size() < extra + 1) {
            String l = pick(VOLUNTEER_LANGUAGES);
            if (!languages.contains(l)) {
                languages.add(l);
            }
        }
        json.put("languages", languages);
        json.put("interests", interests);
        json.put("about", about);
        json.put("profession", profession);
        place(json, town);
        json.put("maxDistanceKm", new int[] {3, 5, 8, 10, 15, 20, 30}[random.nextInt(7)]);
        json.put("availability", slots());
        json.put("capacity", capacity);
        json.put("activeDuos", activeDuos);
        json.put("status", status < 0.85 ? "AVAILABLE" : status < 0.95 ? "PAUSED" : "INACTIVE");
        json.put("trained", random.nextDouble() < 0.85);
        json.put("screened", random.nextDouble() < 0.9);
        json.put("hasChildren", hasChildren);
        json.put("preferences", preferences);
        return json;
    }

    private Map<String, Object> newcomer(String id, List<Latent> latent) {
        String[] town = pick(wording.towns());
        Set<String> concepts = concepts(1 + random.nextInt(3));
        String sector = random.nextDouble() < 0.85 ? pick(wording.sectors()) : null;
        latent.add(new Latent(concepts, sector));
        int language = random.nextInt(3);
        String title = title(sector, language);
        String profession = switch (random.nextInt(3)) {
            case 0 -> title;
            case 1 -> wording.formerly(language) + title;
            default -> title;
        };
        List<String> interests = concepts.stream().map(this::worded).toList();
        List<String> languages = new ArrayList<>();
        int count = 1 + random.nextInt(2);
        while (languages.size() < count) {
            String l = pick(NEWCOMER_LANGUAGES);
            if (!languages.contains(l)) {
                languages.add(l);
            }
        }
        String languageName = LANGUAGE_NAMES_NL[java.util.Arrays.asList(NEWCOMER_LANGUAGES).indexOf(languages.get(0))];
        String about = wording.newcomerAbout(random, title, languageName, interests);
        Set<String> goals = new LinkedHashSet<>();
        int goalCount = 1 + random.nextInt(3);
        while (goals.size() < goalCount) {
            goals.add(Goal.values()[random.nextInt(Goal.values().length)].name());
        }
        String gender = random.nextDouble() < 0.5 ? "F" : random.nextDouble() < 0.95 ? "M" : "X";
        double level = random.nextDouble();
        Map<String, Object> json = ordered("id", id, "name", name(), "birthYear", 1965 + random.nextInt(42),
                "gender", gender);
        json.put("languages", languages);
        json.put("dutchLevel", level < 0.3 ? DutchLevel.A0.name() : level < 0.55 ? "A1" : level < 0.75 ? "A2"
                : level < 0.92 ? "B1" : "B2");
        json.put("interests", interests);
        json.put("about", about);
        json.put("profession", profession);
        json.put("goals", List.copyOf(goals));
        place(json, town);
        json.put("availability", slots());
        json.put("hasChildren", random.nextDouble() < 0.45);
        json.put("pntObliged", random.nextDouble() < 0.6);
        json.put("preferences", ordered("buddyGender",
                "F".equals(gender) && random.nextDouble() < 0.3 ? "F" : random.nextDouble() < 0.05 ? "M" : null));
        return json;
    }

    private Set<String> concepts(int count) {
        Set<String> concepts = new LinkedHashSet<>();
        String[] all = wording.concepts();
        while (concepts.size() < count) {
            concepts.add(pick(all));
        }
        return concepts;
    }

    private String worded(String concept) {
        String[][] words = wording.interestWords(concept);
        return pick(words[random.nextInt(3)]);
    }

    private String title(String sector, int language) {
        String[][] titles = wording.jobTitles(sector);
        return pick(titles[language]);
    }

    private List<String> slots() {
        Set<String> slots = new LinkedHashSet<>();
        int count = 2 + random.nextInt(5);
        while (slots.size() < count) {
            slots.add(pick(DAYS) + "_" + pick(PARTS));
        }
        return slots.stream().sorted().toList();
    }

    private void place(Map<String, Object> json, String[] town) {
        json.put("postalCode", town[0]);
        json.put("municipality", town[1]);
        json.put("lat", Math.round((Double.parseDouble(town[2]) + (random.nextDouble() - 0.5) * 0.03) * 1e5) / 1e5);
        json.put("lon", Math.round((Double.parseDouble(town[3]) + (random.nextDouble() - 0.5) * 0.04) * 1e5) / 1e5);
    }

    private String name() {
        return pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
    }

    private <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    /** A map that keeps the order of its keys, so the JSON reads like FORMAT.md. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
