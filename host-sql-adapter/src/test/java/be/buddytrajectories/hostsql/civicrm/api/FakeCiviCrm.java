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
 * Contact actions do), tags and entity tags, and custom fields as {@code Group.field} values of the contact.
 *
 * <p>Like CiviCRM it refuses a request without the right {@code X-Civi-Auth: Bearer} key with authx's plain-text 401,
 * and a request without {@code X-Requested-With: XMLHttpRequest} with the AJAX page's JSON 400 (CiviCRM itself
 * waives that header for a valid {@code X-Civi-Auth}; the fake insists, since the client must send both). It reads
 * the where operators the adapter uses, {@code OR}/{@code AND} groups, {@code orderBy}, {@code limit} and
 * {@code offset}, and hides contacts in the trash unless a where clause names {@code is_deleted}, as Contact.get does.
 *
 * <p>Every write happens one second after the previous one: CiviCRM stamps {@code modified_date} to the second, and
 * tests write many times a second. A test can make coming requests fail ({@link Failure}).
 */
final class FakeCiviCrm implements AutoCloseable {

    /** What a request scheduled to fail gets instead of its answer. */
    enum Failure {
        /** HTTP 500 with CiviCRM's JSON error and {@link #SERVER_ERROR_MESSAGE}. */
        SERVER_ERROR,
        /** The right answer, but only after {@link #slowness()}. */
        SLOW,
        /** HTTP 200 with JSON cut off in the middle. */
        MALFORMED_JSON,
        /** HTTP 200 with a JSON object without {@code values}. */
        WITHOUT_VALUES,
        /** HTTP 200 with the last row of the page missing while {@code count} and {@code countFetched} count it. */
        WRONG_COUNT
    }

    /** A request as received. */
    record Call(String entity, String action, JsonNode params) {
    }

    static final String SERVER_ERROR_MESSAGE = "DB Error: could not connect to the database server";
    static final String FORBIDDEN_MESSAGE = "Authorization failed";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss",
            Locale.ROOT);
    private static final Pattern PATH = Pattern.compile("/civicrm/ajax/api4/([A-Za-z0-9_]+)/([A-Za-z0-9_]+)");
    private static final List<String> ENTITIES = List.of("Contact", "Email", "Phone", "Address", "Tag", "EntityTag");
    private static final Map<String, String> LOCATIONS = Map.of("email_primary", "Email", "phone_primary", "Phone",
            "address_primary", "Address");

    private final ObjectMapper json = new ObjectMapper();
    private final String apiKey;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, TreeMap<Long, Map<String, Object>>> tables = new HashMap<>();
    private final Map<Integer, Failure> failures = new HashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private final Set<String> forbidden = new HashSet<>();
    private LocalDateTime clock = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    private long nextId = 1;
    private int requests;
    private volatile Duration slowness = Duration.ofSeconds(3);

    FakeCiviCrm(String apiKey) throws IOException {
        this.apiKey = apiKey;
        ENTITIES.forEach(entity -> tables.put(entity, new TreeMap<>()));
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

    /** The site's address, for {@link CiviCrmApiSettings#siteUrl()}. */
    URI siteUrl() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/");
    }

    /** The next accepted request (one with the right headers) fails this way. */
    void failNext(Failure failure) {
        failAfter(0, failure);
    }

    /** The accepted request after the next {@code okRequests} ones fails this way. */
    synchronized void failAfter(int okRequests, Failure failure) {
        failures.put(requests + okRequests + 1, failure);
    }

    /** From now on the key's user lacks the permissions for this entity: CiviCRM answers 403. */
    synchronized void forbid(String entity) {
        forbidden.add(entity);
    }

    /** How long a {@link Failure#SLOW} answer takes. */
    Duration slowness() {
        return slowness;
    }

    void slowness(Duration slowness) {
        this.slowness = slowness;
    }

    /** The accepted requests so far, oldest first. */
    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Stores a record directly, as if CiviCRM's own screens had (a contact with its primary e-mail and so on). */
    synchronized long add(String entity, Map<String, ?> values) {
        return ((Number) create(entity, json.valueToTree(values)).get("id")).longValue();
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
            failure = failures.remove(requests);
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
        if (failure == Failure.MALFORMED_JSON) {
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
        Map<String, Object> row = new LinkedHashMap<>();
        long id = nextId++;
        row.put("id", id);
        if (entity.equals("Contact")) {
            row.put("contact_type", "Individual");
            row.put("is_deleted", false);
            String now = tick();
            row.put("created_date", now);
            row.put("modified_date", now);
        }
        tables.get(entity).put(id, row);
        write(entity, row, values);
        return new LinkedHashMap<>(row);
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
            primary.put("id", nextId++);
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

    /** A record with the fields of its joins: a contact's {@code email_primary.*}, an entity tag's {@code tag_id.*}. */
    private Map<String, Object> view(String entity, Map<String, Object> row) {
        Map<String, Object> view = new LinkedHashMap<>(row);
        if (entity.equals("Contact")) {
            LOCATIONS.forEach((prefix, location) -> {
                Map<String, Object> primary = primary(location, (Long) row.get("id"));
                if (primary != null) {
                    primary.forEach((field, value) -> view.put(prefix + "." + field, value));
                }
            });
        } else if (entity.equals("EntityTag") && row.get("tag_id") instanceof Number tagId) {
            Map<String, Object> tag = tables.get("Tag").get(tagId.longValue());
            if (tag != null) {
                tag.forEach((field, value) -> view.put("tag_id." + field, value));
            }
        }
        return view;
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
                    case "IN" -> actual != null && ((Collection<?>) expected).stream()
                            .anyMatch(e -> compare(actual, e) == 0);
                    case "NOT IN" -> actual != null && ((Collection<?>) expected).stream()
                            .noneMatch(e -> compare(actual, e) == 0);
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
