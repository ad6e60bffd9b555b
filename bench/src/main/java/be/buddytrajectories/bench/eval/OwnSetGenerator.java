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
 * Generates our own judged set (docs/matching.md): people around Antwerp whose interests and jobs are drawn as
 * concepts and then worded in Dutch, English or French from the word lists below (written for this generator,
 * not copied from the search-index vocabulary), graded by {@link RuleGrader}.
 * Usage: {@code OwnSetGenerator OUTPUT [SEED]}.
 */
public final class OwnSetGenerator {

    static final long DEFAULT_SEED = 20261127L;
    static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 27);
    private static final int VOLUNTEERS = 120;
    private static final int NEWCOMERS = 45;

    /** Interest concept → ways people write it: Dutch, English, French. */
    private static final Map<String, String[][]> INTEREST_WORDS = new LinkedHashMap<>();
    /** Sector → job titles: Dutch, English, French. */
    private static final Map<String, String[][]> JOB_TITLES = new LinkedHashMap<>();
    private static final String[][] NO_SECTOR = {{"gepensioneerd", "student", "huisvrouw"},
        {"retired", "student", "homemaker"}, {"retraité", "étudiant", "mère au foyer"}};

    static {
        interest("football", "voetbal,voetballen", "football,soccer", "foot,football");
        interest("cooking", "koken,lekker koken", "cooking,cook", "cuisine,cuisiner");
        interest("walking", "wandelen,wandelingen", "walking,hiking", "randonnée,marche");
        interest("cycling", "fietsen,fietstochten", "cycling,biking", "vélo,cyclisme");
        interest("swimming", "zwemmen", "swimming", "natation,nager");
        interest("reading", "lezen,boeken lezen", "reading,books", "lecture,lire");
        interest("music", "muziek,muziek maken", "music", "musique");
        interest("gardening", "tuinieren,moestuin", "gardening", "jardinage");
        interest("chess", "schaken", "chess", "échecs");
        interest("dancing", "dansen", "dancing", "danse");
        interest("photography", "fotografie,foto's maken", "photography", "photo,photographie");
        interest("film", "film,films kijken", "movies,cinema", "cinéma");
        interest("running", "lopen,hardlopen,joggen", "running,jogging", "course à pied,jogging");
        interest("basketball", "basketbal", "basketball", "basket");
        interest("crafts", "handwerk,breien", "crafts,knitting", "bricolage,tricot");
        interest("computers", "computers,informatica", "computers,technology", "informatique");
        interest("painting", "schilderen,tekenen", "painting,drawing", "peinture,dessin");
        interest("volleyball", "volleybal", "volleyball", "volley");
        interest("boardgames", "gezelschapsspellen", "board games", "jeux de société");
        interest("baking", "bakken,taarten bakken", "baking", "pâtisserie");
        interest("fishing", "vissen", "fishing", "pêche");
        interest("yoga", "yoga", "yoga", "yoga");
        interest("travel", "reizen", "travelling", "voyages");
        interest("theatre", "theater,toneel", "theatre,drama", "théâtre");
        job("HEALTHCARE", "verpleegkundige,zorgkundige", "nurse,caregiver", "infirmière,aide-soignante");
        job("EDUCATION", "leerkracht,leraar", "teacher", "enseignante,professeur");
        job("SOCIAL", "maatschappelijk werker,opvoeder", "social worker", "assistante sociale");
        job("ADMINISTRATION", "administratief bediende", "secretary,office clerk", "secrétaire");
        job("FINANCE", "boekhouder", "accountant", "comptable");
        job("IT", "programmeur", "software developer", "informaticien");
        job("HOSPITALITY", "kok,serveerster", "chef,waiter", "cuisinier");
        job("TRADES", "elektricien,loodgieter", "electrician,plumber", "électricien,plombier");
        job("TRANSPORT", "chauffeur,buschauffeur", "truck driver", "livreur");
        job("PERSONAL_CARE", "kapper", "hairdresser", "coiffeuse");
        job("RETAIL", "verkoper,kassierster", "shop assistant", "vendeuse");
    }

    private static final String[][] TOWNS = {{"2000", "Antwerpen", "51.2194", "4.4025"},
        {"2600", "Berchem", "51.1990", "4.4320"}, {"2100", "Deurne", "51.2210", "4.4660"},
        {"2170", "Merksem", "51.2450", "4.4450"}, {"2660", "Hoboken", "51.1760", "4.3480"},
        {"2610", "Wilrijk", "51.1680", "4.3950"}, {"2640", "Mortsel", "51.1700", "4.4560"},
        {"2650", "Edegem", "51.1560", "4.4440"}, {"2900", "Schoten", "51.2520", "4.5010"},
        {"2930", "Brasschaat", "51.2910", "4.4920"}, {"2950", "Kapellen", "51.3130", "4.4320"},
        {"2850", "Boom", "51.0880", "4.3660"}, {"2500", "Lier", "51.1310", "4.5700"},
        {"2800", "Mechelen", "51.0280", "4.4800"}, {"2070", "Zwijndrecht", "51.2170", "4.3290"},
        {"2550", "Kontich", "51.1340", "4.4460"}, {"2160", "Wommelgem", "51.2050", "4.5220"}};
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

    private final Random random;

    OwnSetGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: OwnSetGenerator OUTPUT [SEED]");
            System.exit(2);
        }
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        Files.writeString(Path.of(args[0]), new OwnSetGenerator(seed).generateJson());
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
        String[] town = pick(TOWNS);
        Set<String> concepts = concepts(1 + random.nextInt(4));
        String sector = random.nextDouble() < 0.8 ? pick(JOB_TITLES.keySet().toArray(String[]::new)) : null;
        latents.add(new Latent(concepts, sector));
        int language = random.nextInt(3);
        String profession = title(sector, language);
        List<String> interests = concepts.stream().map(this::worded).toList();
        boolean hasChildren = random.nextDouble() < 0.45;
        int birthYear = 1950 + random.nextInt(54);
        String about = switch (random.nextInt(4)) {
            case 0 -> "Ik ben " + profession + " en hou van " + interests.get(0) + ". Ik wil graag iemand wegwijs maken in "
                    + town[1] + "." + (hasChildren ? " Ik heb zelf kinderen." : "");
            case 1 -> "I work as " + profession + ". In my free time I enjoy " + String.join(" and ", interests)
                    + (hasChildren ? ". Mother/father of two." : ".");
            case 2 -> "Na mijn werk als " + profession + " heb ik tijd om iemand te helpen. Hobby: "
                    + interests.get(interests.size() - 1) + ".";
            default -> "Je suis " + profession + " et j'aime " + interests.get(0) + ". Ik help graag nieuwkomers.";
        };
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
        String[] town = pick(TOWNS);
        Set<String> concepts = concepts(1 + random.nextInt(3));
        String sector = random.nextDouble() < 0.85 ? pick(JOB_TITLES.keySet().toArray(String[]::new)) : null;
        latent.add(new Latent(concepts, sector));
        int language = random.nextInt(3);
        String title = title(sector, language);
        String profession = switch (random.nextInt(3)) {
            case 0 -> title;
            case 1 -> (language == 0 ? "vroeger " : language == 1 ? "former " : "ancien ") + title;
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
        String about = switch (random.nextInt(3)) {
            case 0 -> "Ik werkte als " + title + " in mijn land. Ik spreek " + languageName + ". Ik hou van "
                    + interests.get(0) + ".";
            case 1 -> "I was a " + title + " back home. I would like to meet people and I like "
                    + String.join(", ", interests) + ".";
            default -> "J'étais " + title + ". J'aime " + interests.get(0) + " et je veux apprendre le néerlandais.";
        };
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
        String[] all = INTEREST_WORDS.keySet().toArray(String[]::new);
        while (concepts.size() < count) {
            concepts.add(pick(all));
        }
        return concepts;
    }

    private String worded(String concept) {
        String[][] words = INTEREST_WORDS.get(concept);
        return pick(words[random.nextInt(3)]);
    }

    private String title(String sector, int language) {
        String[][] titles = sector == null ? NO_SECTOR : JOB_TITLES.get(sector);
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

    private static void interest(String concept, String nl, String en, String fr) {
        INTEREST_WORDS.put(concept, new String[][] {nl.split(","), en.split(","), fr.split(",")});
    }

    private static void job(String sector, String nl, String en, String fr) {
        JOB_TITLES.put(sector, new String[][] {nl.split(","), en.split(","), fr.split(",")});
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
