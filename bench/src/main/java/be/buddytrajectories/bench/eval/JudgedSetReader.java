package be.buddytrajectories.bench.eval;

import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.search.profile.BuddyPreferences;
import be.buddytrajectories.search.profile.BuddyProfileDocument;
import be.buddytrajectories.search.profile.BuddyStatus;
import be.buddytrajectories.search.profile.DutchLevel;
import be.buddytrajectories.search.profile.Goal;
import be.buddytrajectories.search.profile.NewcomerProfile;
import be.buddytrajectories.search.profile.ProgrammeRules;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a judged set exactly as FORMAT.md describes it, failing with a message that names the bad field. */
public final class JudgedSetReader {

    /** A file that cannot be used, with a message fit for the command line. */
    public static final class InvalidJudgedSetException extends Exception {
        InvalidJudgedSetException(String message) {
            super(message);
        }
    }

    private JudgedSetReader() {
    }

    public static JudgedSet read(Path file) throws InvalidJudgedSetException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InvalidJudgedSetException("cannot read " + file + ": no such readable file");
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InvalidJudgedSetException("cannot read " + file + ": " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidJudgedSetException(file + " is not a JSON object");
        }
        try {
            return parse(root);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidJudgedSetException(file + ": " + e.getMessage());
        }
    }

    static JudgedSet parse(JsonNode root) {
        LocalDate referenceDate = LocalDate.parse(text(root, "referenceDate", "root"));
        JsonNode programme = required(root, "programme", "root");
        ProgrammeRules rules = ProgrammeRules.on(referenceDate, bool(programme, "requireTraining", "programme"),
                bool(programme, "requireScreening", "programme"), number(programme, "maxDistanceKm", "programme"));
        List<BuddyProfileDocument> volunteers = new ArrayList<>();
        for (JsonNode v : array(root, "volunteers", "root")) {
            volunteers.add(parseVolunteer(v));
        }
        List<NewcomerProfile> newcomers = new ArrayList<>();
        for (JsonNode n : array(root, "newcomers", "root")) {
            newcomers.add(parseNewcomer(n));
        }
        Map<String, Map<String, Integer>> grades = new HashMap<>();
        if (root.has("judgments")) {
            for (JsonNode j : array(root, "judgments", "root")) {
                int grade = (int) number(j, "grade", "judgment");
                if (grade < 0 || grade > 3) {
                    throw new IllegalArgumentException("judgment grade " + grade + " is not 0–3");
                }
                grades.computeIfAbsent(text(j, "newcomer", "judgment"), k -> new HashMap<>())
                        .put(text(j, "volunteer", "judgment"), grade);
            }
        }
        return new JudgedSet(rules, volunteers, newcomers, grades);
    }

    static BuddyProfileDocument parseVolunteer(JsonNode v) {
        String id = text(v, "id", "volunteer");
        String where = "volunteer " + id;
        JsonNode p = v.has("preferences") && v.get("preferences").isObject() ? v.get("preferences")
                : new ObjectMapper().createObjectNode();
        BuddyPreferences preferences = new BuddyPreferences(optionalGender(p, "newcomerGender"),
                optionalInt(p, "minAge"), optionalInt(p, "maxAge"),
                !p.has("childrenWelcome") || p.get("childrenWelcome").asBoolean(true));
        return new BuddyProfileDocument(id, optionalText(v, "name"), (int) number(v, "birthYear", where),
                Gender.valueOf(text(v, "gender", where)), strings(v, "languages", where),
                strings(v, "interests", where), optionalText(v, "about"), optionalText(v, "profession"),
                optionalText(v, "postalCode"), optionalText(v, "municipality"), number(v, "lat", where),
                number(v, "lon", where), number(v, "maxDistanceKm", where), strings(v, "availability", where),
                (int) number(v, "capacity", where), (int) number(v, "activeDuos", where),
                BuddyStatus.valueOf(text(v, "status", where)), bool(v, "trained", where),
                // The set says screened or not, whatever the day: a screening that never expires.
                bool(v, "screened", where) ? LocalDate.MAX : null,
                bool(v, "hasChildren", where), preferences, Set.of(), Set.of());
    }

    static NewcomerProfile parseNewcomer(JsonNode n) {
        String id = text(n, "id", "newcomer");
        String where = "newcomer " + id;
        Set<Goal> goals = new LinkedHashSet<>();
        strings(n, "goals", where).forEach(goal -> goals.add(Goal.valueOf(goal)));
        JsonNode preferences = n.get("preferences");
        Gender buddyGender = preferences == null ? null : optionalGender(preferences, "buddyGender");
        return new NewcomerProfile(id, optionalText(n, "name"), (int) number(n, "birthYear", where),
                Gender.valueOf(text(n, "gender", where)), strings(n, "languages", where),
                DutchLevel.valueOf(text(n, "dutchLevel", where)), strings(n, "interests", where),
                optionalText(n, "about"), optionalText(n, "profession"), goals, optionalText(n, "postalCode"),
                optionalText(n, "municipality"), number(n, "lat", where), number(n, "lon", where),
                strings(n, "availability", where), bool(n, "hasChildren", where),
                n.has("pntObliged") && n.get("pntObliged").asBoolean(), buddyGender);
    }

    private static JsonNode required(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(where + ": missing \"" + field + "\"");
        }
        return value;
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = required(node, field, where);
        if (!value.isTextual()) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" must be a string");
        }
        return value.asText();
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static double number(JsonNode node, String field, String where) {
        JsonNode value = required(node, field, where);
        if (!value.isNumber()) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" must be a number");
        }
        return value.asDouble();
    }

    private static boolean bool(JsonNode node, String field, String where) {
        JsonNode value = required(node, field, where);
        if (!value.isBoolean()) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" must be true or false");
        }
        return value.asBoolean();
    }

    private static Integer optionalInt(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }

    private static Gender optionalGender(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : Gender.valueOf(value.asText());
    }

    private static Iterable<JsonNode> array(JsonNode node, String field, String where) {
        JsonNode value = required(node, field, where);
        if (!value.isArray()) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" must be an array");
        }
        return value;
    }

    private static List<String> strings(JsonNode node, String field, String where) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : array(node, field, where)) {
            values.add(item.asText());
        }
        return values;
    }
}
