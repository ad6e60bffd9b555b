package be.buddytrajectories.hostsql.civicrm.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CiviCRM site as APIv4 REST clients see it, in memory, on the JDK's HTTP server on a free port: {@code POST
 * /civicrm/ajax/api4/<Entity>/<action>} with {@code params=<JSON>}, answered in APIv4's shape ({@code values},
 * {@code count}, {@code countFetched}, {@code countMatched} when {@code row_count} is selected). It keeps contacts,
 * their e-mails, phones and addresses (readable and writable as {@code email_primary.*} and so on, as CiviCRM's
 * Contact actions do), tags and entity tags, groups and group contacts, custom fields as {@code Group.field} values
 * of the contact, option groups and values, activities with their activity contacts, relationships and relationship
 * types. Every entity has its own ids, counted from 1, as CiviCRM's tables do.
 *
 * <p>Like CiviCRM it refuses a request without the right {@code X-Civi-Auth: Bearer} key with authx's plain-text 401,
 * and a request without {@code X-Requested-With: XMLHttpRequest} with the AJAX page's JSON 400 (CiviCRM itself
 * waives that header for a valid {@code X-Civi-Auth}; the fake insists, since the client must send both). Every
 * other error is HTTP 500 with CiviCRM's {@code error_message}, as {@code CRM_Api4_Page_AJAX} answers any exception
 * but a missing permission (403). It reads the where operators the adapter uses, {@code OR}/{@code AND} groups,
 * {@code orderBy}, {@code limit} and {@code offset}, and hides contacts in the trash unless a where clause names
 * {@code is_deleted}, as Contact.get does. Contact.get knows the filters {@code groups} (the ids of groups the
 * contact was added to) and {@code tags} (tag ids), with {@code IN} and {@code NOT IN}.
 *
 * <p>Activities and relationships are written as CiviCRM's BAOs write them, in one transaction: Activity.create
 * takes {@code source_contact_id}, {@code assignee_contact_id} and {@code target_contact_id} (stored as activity
 * contacts of record type 2, 1 and 3, read back the same way by Activity.get) and {@code status_id:name}, and stores
 * nothing when a contact does not exist ({@value #CONSTRAINT_VIOLATION}); Relationship.create refuses a contact whose
 * type the relationship type does not allow ({@value #INVALID_RELATIONSHIP}, also a contact that does not exist) and
 * an active relationship of the same type between the same two contacts with the same dates
 * ({@value #DUPLICATE_RELATIONSHIP}).
 *
 * <p>Every contact write happens one second after the previous one: CiviCRM stamps {@code modified_date} to the
 * second, and tests write many times a second. A test can make coming requests fail ({@link Failure}), including
 * ways that store a write and lose its answer.
 */
public final class FakeCiviCrm implements AutoCloseable {

    /** What a request scheduled to fail gets instead of its answer. */
    public enum Failure {
        /** HTTP 500 with CiviCRM's JSON error and {@link #SERVER_ERROR_MESSAGE}; nothing is done. */
        SERVER_ERROR,
        /** The right answer, but only after {@link #slowness()}; the request is carried out after that wait too. */
        SLOW,
        /** HTTP 200 with JSON cut off in the middle. */
        MALFORMED_JSON,
        /** HTTP 200 with a JSON object without {@code values}. */
        WITHOUT_VALUES,
        /** HTTP 200 with the last row of the page missing while {@code count} and {@code countFetched} count it. */
        WRONG_COUNT,
        /** The request is carried out (a write is stored), then HTTP 500 with {@link #SERVER_ERROR_MESSAGE}. */
        ANSWER_LOST,
        /** The request is carried out (a write is stored), then the connection is closed without an answer. */
        CONNECTION_DROPPED
    }

    /** A request as received. */
    public record Call(String entity, String action, JsonNode params) {

        /** Whether the action changes data. */
        public boolean writes() {
            return !action.equals("get");
        }
    }

    public static final String SERVER_ERROR_MESSAGE = "DB Error: could not connect to the database server";
    public static final String FORBIDDEN_MESSAGE = "Authorization failed";
    /** CiviCRM's message when a row refers to a contact that does not exist. */
    public static final String CONSTRAINT_VIOLATION = "DB Error: constraint violation";
    public static final String INVALID_RELATIONSHIP = "Invalid Relationship";
    public static final String DUPLICATE_RELATIONSHIP = "Duplicate Relationship";
    /** The record types of activity contacts (option group {@code activity_contacts}). */
    public static final int ASSIGNEE = 1;
    public static final int SOURCE = 2;
    public static final int TARGET = 3;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss",
            Locale.ROOT);
    private static final Pattern PATH = Pattern.compile("/civicrm/ajax/api4/([A-Za-z0-9_]+)/([A-Za-z0-9_]+)");
    private static final List<String> ENTITIES = List.of("Contact", "Email", "Phone", "Address", "Tag", "EntityTag",
            "Group", "GroupContact", "OptionGroup", "OptionValue", "Activity", "ActivityContact", "Relationship",
            "RelationshipType");
    private static final Map<String, String> LOCATIONS = Map.of("email_primary", "Email", "phone_primary", "Phone",
            "address_primary", "Address");
    private static final Map<String, Integer> ACTIVITY_CONTACTS = Map.of("source_contact_id", SOURCE,
            "assignee_contact_id", ASSIGNEE, "target_contact_id", TARGET);
    /** Activity fields whose {@code :name} is an option value of this option group. */
    private static final Map<String, String> ACTIVITY_OPTIONS = Map.of("status_id", "activity_status",
            "activity_type_id", "activity_type");

    private final ObjectMapper json = new ObjectMapper();
    private final String apiKey;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, TreeMap<Long, Map<String, Object>>> tables = new HashMap<>();
    private final Map<String, Long> nextIds = new HashMap<>();
    private final Map<Integer, Failure> failures = new HashMap<>();
    private final List<TargetedFailure> targetedFailures = new ArrayList<>();
    private final List<Call> calls = new ArrayList<>();
    private final Set<String> forbidden = new HashSet<>();
    private LocalDateTime clock = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    private int requests;
    private volatile Duration slowness = Duration.ofSeconds(3);

    private record TargetedFailure(String entity, String action, Failure failure) {
    }

    /** A refusal by CiviCRM itself (an exception in its API), answered as HTTP 500 with this message. */
    private static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    public FakeCiviCrm(String apiKey) throws IOException {
        this.apiKey = apiKey;
        ENTITIES.forEach(entity -> tables.put(entity, new TreeMap<>()));
        seedOptions();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fake-civicrm");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The option groups a fresh CiviCRM site has, with some of their values (ids and values differ, as they do). */
    private void seedOptions() {
        long types = add("OptionGroup", Map.of("name", "activity_type", "title", "Activity Type"));
        long statuses = add("OptionGroup", Map.of("name", "activity_status", "title", "Activity Status"));
        long recordTypes = add("OptionGroup", Map.of("name", "activity_contacts", "title", "Activity Contacts"));
        add("OptionValue", optionValue(types, "Meeting", "1"));
        add("OptionValue", optionValue(types, "Phone Call", "2"));
        add("OptionValue", optionValue(statuses, "Scheduled", "1"));
        add("OptionValue", optionValue(statuses, "Completed", "2"));
        add("OptionValue", optionValue(statuses, "Cancelled", "3"));
        add("OptionValue", optionValue(recordTypes, "Activity Assignees", String.valueOf(ASSIGNEE)));
        add("OptionValue", optionValue(recordTypes, "Activity Source", String.valueOf(SOURCE)));
        add("OptionValue", optionValue(recordTypes, "Activity Targets", String.valueOf(TARGET)));
    }

    private static Map<String, Object> optionValue(long group, String name, String value) {
        return Map.of("option_group_id", group, "name", name, "label", name, "value", value, "is_active", true);
    }

    /** The site's address, for {@link CiviCrmApiSettings#siteUrl()}. */
    public URI siteUrl() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/");
    }

    /** The next accepted request (one with the right headers) fails this way. */
    public void failNext(Failure failure) {
        failAfter(0, failure);
    }

    /** The accepted request after the next {@code okRequests} ones fails this way. */
    public synchronized void failAfter(int okRequests, Failure failure) {
        failures.put(requests + okRequests + 1, failure);
    }

    /** The next accepted request for this entity and action fails this way. */
    public synchronized void failNext(String entity, String action, Failure failure) {
        targetedFailures.add(new TargetedFailure(entity, action, failure));
    }

    /** From now on the key's user lacks the permissions for this entity: CiviCRM answers 403. */
    public synchronized void forbid(String entity) {
        forbidden.add(entity);
    }

    /** How long a {@link Failure#SLOW} answer takes. */
    public Duration slowness() {
        return slowness;
    }

    public void slowness(Duration slowness) {
        this.slowness = slowness;
    }

    /** The accepted requests so far, oldest first. */
    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Stores a record directly, as if CiviCRM's own screens had (a contact with its primary e-mail and so on). */
    public synchronized long add(String entity, Map<String, ?> values) {
        return ((Number) create(entity, json.valueToTree(values)).get("id")).longValue();
    }

    /**
     * Every record of an entity as Activity.get and so on read it (an activity with its {@code source_contact_id},
     * {@code assignee_contact_id} and {@code target_contact_id}, a contact with its {@code email_primary.*}).
     */
    public synchronized List<Map<String, Object>> records(String entity) {
        return tables.get(entity).values().stream().map(row -> view(entity, row)).toList();
    }

    /**
     * Adds an activity type as an administrator does on Administer > Customize Data and Screens > Activity Types.
     *
     * @return its value, the {@code activity_type_id} of its activities
     */
    public synchronized long addActivityType(String name) {
        long group = optionGroupId("activity_type");
        long value = 1 + tables.get("OptionValue").values().stream()
                .filter(v -> same(v.get("option_group_id"), group))
                .mapToLong(v -> Long.parseLong(String.valueOf(v.get("value")))).max().orElse(0);
        add("OptionValue", optionValue(group, name, String.valueOf(value)));
        return value;
    }

    /**
     * Adds a relationship type as an administrator does on Administer > Customize Data and Screens > Relationship
     * Types, for contacts of these types ({@code null} for any).
     */
    public synchronized long addRelationshipType(String nameAtoB, String nameBtoA, String contactTypeA,
                                                 String contactTypeB) {
        Map<String, Object> values = new HashMap<>();
        values.put("name_a_b", nameAtoB);
        values.put("label_a_b", nameAtoB);
        values.put("name_b_a", nameBtoA);
        values.put("label_b_a", nameBtoA);
        values.put("contact_type_a", contactTypeA);
        values.put("contact_type_b", contactTypeB);
        values.put("is_active", true);
        return add("RelationshipType", values);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            respond(exchange);
        } finally {
            // Without an answer sent, this closes the connection: the client sees it dropped.
            exchange.close();
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
        if (!path.matches()) {
            send(exchange, 404, "text/plain", "Not found");
            return;
        }
        if (!("Bearer " + apiKey).equals(exchange.getRequestHeaders().getFirst("X-Civi-Auth"))) {
            send(exchange, 401, "text/plain", "HTTP 401 Invalid credential");
            return;
        }
        if (!"XMLHttpRequest".equals(exchange.getRequestHeaders().getFirst("X-Requested-With"))) {
            sendJson(exchange, 400, error(400, 400,
                    "SECURITY ALERT: Ajax requests can only be issued by javascript clients, eg. CRM.api4()."));
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            sendJson(exchange, 405, error(405, 405,
                    "SECURITY: All requests that modify the database must be http POST, not GET."));
            return;
        }
        JsonNode params = params(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String entity = path.group(1);
        String action = path.group(2);
        Failure failure;
        boolean allowed;
        synchronized (this) {
            requests++;
            failure = takeFailure(entity, action);
            calls.add(new Call(entity, action, params));
            allowed = !forbidden.contains(entity);
        }
        if (!allowed) {
            sendJson(exchange, 403, error(403, 0, FORBIDDEN_MESSAGE));
            return;
        }
        if (failure == Failure.SERVER_ERROR) {
            sendJson(exchange, 500, error(500, 1, SERVER_ERROR_MESSAGE));
            return;
        }
        if (failure == Failure.SLOW) {
            sleep(slowness);
        }
        Map<String, Object> answer;
        try {
            answer = execute(entity, action, params);
        } catch (RuntimeException e) {
            sendJson(exchange, 500, error(500, 0, String.valueOf(e.getMessage())));
            return;
        }
        if (failure == Failure.ANSWER_LOST) {
            sendJson(exchange, 500, error(500, 1, SERVER_ERROR_MESSAGE));
        } else if (failure == Failure.CONNECTION_DROPPED) {
            return;
        } else if (failure == Failure.MALFORMED_JSON) {
            String whole = json.writeValueAsString(answer);
            send(exchange, 200, "application/json", whole.substring(0, whole.length() / 2));
        } else if (failure == Failure.WITHOUT_VALUES) {
            answer.remove("values");
            sendJson(exchange, 200, answer);
        } else if (failure == Failure.WRONG_COUNT) {
            List<?> values = (List<?>) answer.get("values");
            answer.put("values", values.subList(0, Math.max(0, values.size() - 1)));
            sendJson(exchange, 200, answer);
        } else {
            sendJson(exchange, 200, answer);
        }
    }

    private Failure takeFailure(String entity, String action) {
        for (Iterator<TargetedFailure> targeted = targetedFailures.iterator(); targeted.hasNext(); ) {
            TargetedFailure next = targeted.next();
            if (next.entity().equals(entity) && next.action().equals(action)) {
                targeted.remove();
                return next.failure();
            }
        }
        return failures.remove(requests);
    }

    private JsonNode params(String body) throws JsonProcessingException {
        for (String field : body.split("&")) {
            String[] pair = field.split("=", 2);
            if (pair.length == 2 && URLDecoder.decode(pair[0], StandardCharsets.UTF_8).equals("params")) {
                return json.readTree(URLDecoder.decode(pair[1], StandardCharsets.UTF_8));
            }
        }
        return json.createObjectNode();
    }

    private synchronized Map<String, Object> execute(String entity, String action, JsonNode params) {
        if (!tables.containsKey(entity)) {
            throw new IllegalArgumentException("API (" + entity + ", " + action + ") does not exist (join the API"
                    + " team and implement it!)");
        }
        List<Map<String, Object>> values = new ArrayList<>();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("entity", entity);
        answer.put("action", action);
        answer.put("debug", null);
        answer.put("version", 4);
        switch (action) {
            case "get" -> {
                List<Map<String, Object>> matched = matching(entity, params.path("where"));
                sort(matched, params.path("orderBy"));
                int offset = params.path("offset").asInt(0);
                int limit = params.path("limit").asInt(0);
                List<Map<String, Object>> page = matched.subList(Math.min(offset, matched.size()),
                        limit > 0 ? Math.min(matched.size(), offset + limit) : matched.size());
                List<String> select = new ArrayList<>();
                params.path("select").forEach(field -> select.add(field.asText()));
                boolean rowCount = select.remove("row_count");
                if (!rowCount || !select.isEmpty()) {
                    page.forEach(row -> values.add(project(entity, row, select)));
                }
                answer.put("values", values);
                answer.put("count", rowCount ? matched.size() : values.size());
                answer.put("countFetched", values.size());
                if (rowCount || limit == 0) {
                    answer.put("countMatched", matched.size());
                }
                return answer;
            }
            case "create" -> values.add(create(entity, params.path("values")));
            case "update" -> {
                requireWhere(params);
                for (Map<String, Object> row : matching(entity, params.path("where"))) {
                    values.add(update(entity, (Long) row.get("id"), params.path("values")));
                }
            }
            case "delete" -> {
                requireWhere(params);
                for (Map<String, Object> row : matching(entity, params.path("where"))) {
                    Map<String, Object> deleted = tables.get(entity).remove((Long) row.get("id"));
                    touchContactOf(entity, deleted);
                    values.add(Map.of("id", row.get("id")));
                }
            }
            default -> throw new IllegalArgumentException("API (" + entity + ", " + action + ") does not exist");
        }
        answer.put("values", values);
        answer.put("count", values.size());
        answer.put("countFetched", values.size());
        return answer;
    }

    private static void requireWhere(JsonNode params) {
        if (!params.path("where").isArray() || params.path("where").isEmpty()) {
            throw new IllegalArgumentException("Parameter \"where\" is required.");
        }
    }

    private Map<String, Object> create(String entity, JsonNode values) {
        switch (entity) {
            case "Activity" -> {
                return createActivity(values);
            }
            case "Relationship" -> checkRelationship(values);
            default -> {
            }
        }
        Map<String, Object> row = new LinkedHashMap<>();
        long id = nextId(entity);
        row.put("id", id);
        if (entity.equals("Contact")) {
            row.put("contact_type", "Individual");
            row.put("is_deleted", false);
            String now = tick();
            row.put("created_date", now);
            row.put("modified_date", now);
        } else if (entity.equals("Relationship")) {
            row.put("is_active", true);
            row.put("description", "");
            row.put("start_date", null);
            row.put("end_date", null);
            row.put("is_permission_a_b", 0);
            row.put("is_permission_b_a", 0);
        }
        tables.get(entity).put(id, row);
        write(entity, row, values);
        return new LinkedHashMap<>(row);
    }

    private long nextId(String entity) {
        return nextIds.merge(entity, 1L, Long::sum);
    }

    /**
     * As CRM_Activity_BAO_Activity::create in the API's transaction: the activity, then its activity contacts; a
     * contact that does not exist fails the insert of its activity contact, and the transaction leaves nothing.
     */
    private Map<String, Object> createActivity(JsonNode values) {
        requireValues("Activity", values, "activity_type_id", "source_contact_id");
        Map<String, Object> row = new LinkedHashMap<>();
        Map<Integer, List<Long>> contacts = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = values.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (ACTIVITY_CONTACTS.containsKey(name)) {
                List<Long> ids = new ArrayList<>();
                if (field.getValue().isArray()) {
                    field.getValue().forEach(id -> ids.add(id.asLong()));
                } else if (!field.getValue().isNull()) {
                    ids.add(field.getValue().asLong());
                }
                contacts.put(ACTIVITY_CONTACTS.get(name), ids);
            } else if (name.endsWith(":name") && ACTIVITY_OPTIONS.containsKey(name.substring(0, name.length() - 5))) {
                String option = name.substring(0, name.length() - 5);
                row.put(option, optionValue(ACTIVITY_OPTIONS.get(option), field.getValue().asText()));
            } else if (!name.equals("id")) {
                row.put(name, json.convertValue(field.getValue(), Object.class));
            }
        }
        for (List<Long> ids : contacts.values()) {
            for (long contactId : ids) {
                if (!tables.get("Contact").containsKey(contactId)) {
                    throw new Refused(CONSTRAINT_VIOLATION);
                }
            }
        }
        long id = nextId("Activity");
        row.put("id", id);
        row.putIfAbsent("is_deleted", false);
        row.putIfAbsent("activity_date_time", tick());
        tables.get("Activity").put(id, row);
        contacts.forEach((recordType, ids) -> ids.forEach(contactId -> {
            long activityContact = nextId("ActivityContact");
            tables.get("ActivityContact").put(activityContact, new LinkedHashMap<>(Map.of("id", activityContact,
                    "activity_id", id, "contact_id", contactId, "record_type_id", recordType)));
        }));
        Map<String, Object> created = new LinkedHashMap<>(row);
        for (Iterator<Map.Entry<String, JsonNode>> fields = values.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (ACTIVITY_CONTACTS.containsKey(field.getKey())) {
                created.put(field.getKey(), json.convertValue(field.getValue(), Object.class));
            }
        }
        return created;
    }

    /** The value of the option with this name in this option group, as Civi's pseudoconstants resolve it. */
    private Object optionValue(String group, String name) {
        long groupId = optionGroupId(group);
        return tables.get("OptionValue").values().stream()
                .filter(v -> same(v.get("option_group_id"), groupId) && name.equals(v.get("name")))
                .map(v -> (Object) Long.valueOf(String.valueOf(v.get("value"))))
                .findFirst().orElseThrow(() -> new Refused("Illegal value for " + group + ": " + name));
    }

    private long optionGroupId(String name) {
        return tables.get("OptionGroup").values().stream().filter(g -> name.equals(g.get("name")))
                .map(g -> (Long) g.get("id")).findFirst().orElseThrow();
    }

    /** As CRM_Contact_BAO_Relationship::create checks a new relationship before it saves it. */
    private void checkRelationship(JsonNode values) {
        requireValues("Relationship", values, "relationship_type_id", "contact_id_a", "contact_id_b");
        long typeId = values.path("relationship_type_id").asLong();
        long a = values.path("contact_id_a").asLong();
        long b = values.path("contact_id_b").asLong();
        for (Map<String, Object> existing : tables.get("Relationship").values()) {
            boolean samePair = same(existing.get("contact_id_a"), a) && same(existing.get("contact_id_b"), b)
                    || same(existing.get("contact_id_a"), b) && same(existing.get("contact_id_b"), a);
            if (Boolean.TRUE.equals(existing.get("is_active")) && same(existing.get("relationship_type_id"), typeId)
                    && samePair && sameDate(existing, values, "start_date") && sameDate(existing, values, "end_date")) {
                throw new Refused(DUPLICATE_RELATIONSHIP);
            }
        }
        Map<String, Object> type = tables.get("RelationshipType").get(typeId);
        if (type == null) {
            throw new Refused(CONSTRAINT_VIOLATION);
        }
        Map<String, Object> contactA = tables.get("Contact").get(a);
        Map<String, Object> contactB = tables.get("Contact").get(b);
        if (!allows(type, "a", contactA) || !allows(type, "b", contactB)) {
            throw new Refused(INVALID_RELATIONSHIP);
        }
        if (contactA == null || contactB == null) {
            throw new Refused(CONSTRAINT_VIOLATION);
        }
    }

    /** A date the request names must equal the existing one's; one it leaves out is no condition. */
    private boolean sameDate(Map<String, Object> existing, JsonNode values, String field) {
        if (!values.has(field)) {
            return true;
        }
        Object given = values.get(field).isNull() || values.get(field).asText().isEmpty() ? null
                : values.get(field).asText();
        return Objects.equals(existing.get(field), given);
    }

    /** As checkRelationshipType: the type's contact type and sub-type of this side, if it has one, must match. */
    private static boolean allows(Map<String, Object> type, String side, Map<String, Object> contact) {
        Object contactType = type.get("contact_type_" + side);
        Object subType = type.get("contact_sub_type_" + side);
        if (contactType != null && (contact == null || !contactType.equals(contact.get("contact_type")))) {
            return false;
        }
        return subType == null || contact != null && contact.get("contact_sub_type") instanceof Collection<?> subTypes
                && subTypes.contains(subType);
    }

    private static void requireValues(String entity, JsonNode values, String... required) {
        List<String> missing = new ArrayList<>();
        for (String field : required) {
            if (!values.hasNonNull(field) && !values.hasNonNull(field + ":name")) {
                missing.add(field);
            }
        }
        if (!missing.isEmpty()) {
            throw new Refused("Mandatory values missing from Api4 " + entity + "::create: "
                    + String.join(", ", missing));
        }
    }

    private Map<String, Object> update(String entity, long id, JsonNode values) {
        Map<String, Object> row = tables.get(entity).get(id);
        if (entity.equals("Contact")) {
            row.put("modified_date", tick());
        }
        write(entity, row, values);
        return new LinkedHashMap<>(row);
    }

    /** Sets the fields of a record; a contact's {@code email_primary.*} and so on go to its location records. */
    private void write(String entity, Map<String, Object> row, JsonNode values) {
        Map<String, Map<String, Object>> locations = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = values.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            Object value = json.convertValue(field.getValue(), Object.class);
            String prefix = name.contains(".") ? name.substring(0, name.indexOf('.')) : "";
            if (entity.equals("Contact") && LOCATIONS.containsKey(prefix)) {
                locations.computeIfAbsent(prefix, p -> new LinkedHashMap<>())
                        .put(name.substring(prefix.length() + 1), value);
            } else if (!name.equals("id")) {
                row.put(name, value);
            }
        }
        if (entity.equals("Contact")) {
            String first = (String) row.get("first_name");
            String last = (String) row.get("last_name");
            row.put("sort_name", String.join(", ", nonEmpty(last, first)));
            row.put("display_name", String.join(" ", nonEmpty(first, last)));
            locations.forEach((prefix, fields) -> saveLocation((Long) row.get("id"), LOCATIONS.get(prefix), fields));
        } else {
            touchContactOf(entity, row);
        }
    }

    /** As CiviCRM's ContactSaveTrait: the primary record is created or updated, deleted when its main field is null. */
    private void saveLocation(long contactId, String entity, Map<String, Object> fields) {
        String mainField = switch (entity) {
            case "Email" -> "email";
            case "Phone" -> "phone";
            default -> null;
        };
        Map<String, Object> primary = primary(entity, contactId);
        if (mainField != null && fields.containsKey(mainField) && fields.get(mainField) == null) {
            if (primary != null) {
                tables.get(entity).remove((Long) primary.get("id"));
            }
            return;
        }
        if (primary == null) {
            primary = new LinkedHashMap<>();
            primary.put("id", nextId(entity));
            primary.put("contact_id", contactId);
            primary.put("is_primary", true);
            tables.get(entity).put((Long) primary.get("id"), primary);
        }
        primary.putAll(fields);
    }

    /** CiviCRM's triggers move a contact's modified_date when its e-mail, phone or address changes. */
    private void touchContactOf(String entity, Map<String, Object> row) {
        if (row != null && LOCATIONS.containsValue(entity) && row.get("contact_id") instanceof Number contactId) {
            Map<String, Object> contact = tables.get("Contact").get(contactId.longValue());
            if (contact != null) {
                contact.put("modified_date", tick());
            }
        }
    }

    private Map<String, Object> primary(String entity, long contactId) {
        return tables.get(entity).values().stream()
                .filter(r -> r.get("contact_id") instanceof Number c && c.longValue() == contactId
                        && Boolean.TRUE.equals(r.get("is_primary")))
                .findFirst().orElse(null);
    }

    private String tick() {
        clock = clock.plusSeconds(1);
        return clock.format(DATE_TIME);
    }

    /**
     * A record with the fields a get can read besides its columns: a contact's {@code email_primary.*} and its
     * {@code groups} and {@code tags} filters, an entity tag's {@code tag_id.*}, an option value's
     * {@code option_group_id:name}, an activity's contacts and its options' names.
     */
    private Map<String, Object> view(String entity, Map<String, Object> row) {
        Map<String, Object> view = new LinkedHashMap<>(row);
        switch (entity) {
            case "Contact" -> {
                long id = (Long) row.get("id");
                LOCATIONS.forEach((prefix, location) -> {
                    Map<String, Object> primary = primary(location, id);
                    if (primary != null) {
                        primary.forEach((field, value) -> view.put(prefix + "." + field, value));
                    }
                });
                view.put("groups", tables.get("GroupContact").values().stream()
                        .filter(gc -> same(gc.get("contact_id"), id) && "Added".equals(gc.get("status")))
                        .map(gc -> gc.get("group_id")).toList());
                view.put("tags", tables.get("EntityTag").values().stream()
                        .filter(et -> "civicrm_contact".equals(et.get("entity_table"))
                                && same(et.get("entity_id"), id))
                        .map(et -> et.get("tag_id")).toList());
            }
            case "EntityTag" -> {
                if (row.get("tag_id") instanceof Number tagId && tables.get("Tag").get(tagId.longValue()) != null) {
                    tables.get("Tag").get(tagId.longValue()).forEach((field, value) -> view.put("tag_id." + field,
                            value));
                }
            }
            case "OptionValue" -> {
                if (row.get("option_group_id") instanceof Number groupId) {
                    view.put("option_group_id:name", tables.get("OptionGroup").get(groupId.longValue()).get("name"));
                }
            }
            case "Activity" -> {
                long id = (Long) row.get("id");
                ACTIVITY_CONTACTS.forEach((field, recordType) -> {
                    List<Object> contacts = tables.get("ActivityContact").values().stream()
                            .filter(ac -> same(ac.get("activity_id"), id)
                                    && same(ac.get("record_type_id"), recordType))
                            .map(ac -> ac.get("contact_id")).toList();
                    view.put(field, recordType == SOURCE ? contacts.stream().findFirst().orElse(null) : contacts);
                });
                ACTIVITY_OPTIONS.forEach((field, group) -> view.put(field + ":name", optionName(group,
                        row.get(field))));
            }
            default -> {
            }
        }
        return view;
    }

    private Object optionName(String group, Object value) {
        long groupId = optionGroupId(group);
        return tables.get("OptionValue").values().stream()
                .filter(v -> same(v.get("option_group_id"), groupId)
                        && String.valueOf(v.get("value")).equals(String.valueOf(value)))
                .map(v -> v.get("name")).findFirst().orElse(null);
    }

    private List<Map<String, Object>> matching(String entity, JsonNode where) {
        boolean trashNamed = entity.equals("Contact") && where.toString().contains("\"is_deleted\"");
        List<Map<String, Object>> matched = new ArrayList<>();
        for (Map<String, Object> row : tables.get(entity).values()) {
            Map<String, Object> view = view(entity, row);
            if ((trashNamed || !Boolean.TRUE.equals(view.get("is_deleted"))) && all(view, where)) {
                matched.add(view);
            }
        }
        return matched;
    }

    private boolean all(Map<String, Object> row, JsonNode clauses) {
        for (JsonNode clause : clauses) {
            if (!matches(row, clause)) {
                return false;
            }
        }
        return true;
    }

    private boolean matches(Map<String, Object> row, JsonNode clause) {
        String first = clause.path(0).asText();
        switch (first) {
            case "OR" -> {
                for (JsonNode nested : clause.path(1)) {
                    if (matches(row, nested)) {
                        return true;
                    }
                }
                return false;
            }
            case "AND" -> {
                return all(row, clause.path(1));
            }
            case "NOT" -> {
                return !all(row, clause.path(1));
            }
            default -> {
                Object actual = row.get(first);
                String op = clause.path(1).asText();
                Object expected = clause.size() > 2 ? json.convertValue(clause.get(2), Object.class) : null;
                return switch (op) {
                    case "=" -> actual != null && compare(actual, expected) == 0;
                    case "!=", "<>" -> actual != null && compare(actual, expected) != 0;
                    case ">" -> actual != null && compare(actual, expected) > 0;
                    case ">=" -> actual != null && compare(actual, expected) >= 0;
                    case "<" -> actual != null && compare(actual, expected) < 0;
                    case "<=" -> actual != null && compare(actual, expected) <= 0;
                    case "IN" -> actual != null && in(actual, (Collection<?>) expected);
                    case "NOT IN" -> actual != null && !in(actual, (Collection<?>) expected);
                    case "LIKE" -> actual != null && like(actual, expected);
                    case "NOT LIKE" -> actual != null && !like(actual, expected);
                    case "CONTAINS" -> actual != null && contains(actual, expected);
                    case "NOT CONTAINS" -> actual != null && !contains(actual, expected);
                    case "IS NULL" -> actual == null;
                    case "IS NOT NULL" -> actual != null;
                    default -> throw new IllegalArgumentException("Illegal operator " + op);
                };
            }
        }
    }

    /** Whether a stored number (JSON gives small ones as Integer) is this id. */
    private static boolean same(Object value, long id) {
        return value instanceof Number number && number.longValue() == id;
    }

    /** A value among the expected ones; a filter such as a contact's {@code groups} when any of its ids is. */
    private static boolean in(Object actual, Collection<?> expected) {
        Collection<?> values = actual instanceof Collection<?> many ? many : List.of(actual);
        return values.stream().anyMatch(value -> expected.stream().anyMatch(e -> compare(value, e) == 0));
    }

    /** MySQL's comparison under CiviCRM's case-insensitive collation; booleans are 0 and 1. */
    private static int compare(Object a, Object b) {
        Object x = a instanceof Boolean bool ? (bool ? 1 : 0) : a;
        Object y = b instanceof Boolean bool ? (bool ? 1 : 0) : b;
        if (x instanceof Number n && y instanceof Number m) {
            return Double.compare(n.doubleValue(), m.doubleValue());
        }
        return String.valueOf(x).compareToIgnoreCase(String.valueOf(y));
    }

    private static boolean like(Object actual, Object pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : String.valueOf(pattern).toCharArray()) {
            regex.append(c == '%' ? ".*" : c == '_' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL)
                .matcher(String.valueOf(actual)).matches();
    }

    private static boolean contains(Object actual, Object expected) {
        if (actual instanceof Collection<?> values) {
            return values.stream().anyMatch(v -> compare(v, expected) == 0);
        }
        return like(actual, "%" + expected + "%");
    }

    private static void sort(List<Map<String, Object>> rows, JsonNode orderBy) {
        Comparator<Map<String, Object>> order = null;
        for (Iterator<Map.Entry<String, JsonNode>> fields = orderBy.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            Comparator<Map<String, Object>> byField = Comparator.comparing(row -> row.get(field.getKey()),
                    Comparator.nullsFirst(FakeCiviCrm::compare));
            byField = field.getValue().asText().equalsIgnoreCase("DESC") ? byField.reversed() : byField;
            order = order == null ? byField : order.thenComparing(byField);
        }
        if (order != null) {
            rows.sort(order);
        }
    }

    /** The selected fields of a record (null when it has none), or its own fields when nothing is selected. */
    private Map<String, Object> project(String entity, Map<String, Object> view, List<String> select) {
        if (select.isEmpty()) {
            return new LinkedHashMap<>(tables.get(entity).get((Long) view.get("id")));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        select.forEach(field -> values.put(field, view.get(field)));
        return values;
    }

    private static List<String> nonEmpty(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                kept.add(part);
            }
        }
        return kept;
    }

    /** CiviCRM's AJAX error answer, as a user with "view debug output" gets it (with the real message). */
    private static Map<String, Object> error(int status, Object code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("error_code", code);
        error.put("error_message", message);
        error.put("status", status);
        return error;
    }

    private void sendJson(HttpExchange exchange, int status, Object body) throws IOException {
        send(exchange, status, "application/json", json.writeValueAsString(body));
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException e) {
            // The client gave up waiting (a slow answer past its timeout): nobody is left to answer.
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
