package be.buddytrajectories.hostsql.civicrm.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small client of CiviCRM's APIv4 REST interface: {@code POST <site>/civicrm/ajax/api4/<Entity>/<action>} with
 * the form field {@code params=<JSON>} and the headers {@code X-Civi-Auth: Bearer <API key>} and
 * {@code X-Requested-With: XMLHttpRequest}; CiviCRM answers {@code {"values": [...], "count": n, ...}}.
 *
 * <p>Every failure is a {@link CiviCrmApiException}: an error answer, a timeout, an unreachable site, and also an
 * answer that is not APIv4's JSON or whose {@code values} disagree with its counts. A damaged answer is never read as
 * an empty or short result, since a short page is how paging ends. Thread-safe.
 */
public final class CiviCrmApi {

    /**
     * One answer of a {@code get}.
     *
     * @param values the rows of this page
     * @param count  the number of rows that matched regardless of limit when {@code row_count} was selected, else
     *               the number of rows of this page
     */
    public record Page(List<JsonNode> values, long count) {

        public Page {
            values = List.copyOf(values);
        }
    }

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final int QUOTED_ANSWER_CHARS = 300;
    private static final String ROW_COUNT = "row_count";

    private final CiviCrmApiSettings settings;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public CiviCrmApi(CiviCrmApiSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("settings are required");
        }
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * All rows of a {@code get}, read in pages of {@link CiviCrmApiSettings#pageSize()} with {@code limit} and
     * {@code offset} until a page comes back short. Without an {@code orderBy} the rows are ordered by id, so that
     * pages neither skip nor repeat rows.
     *
     * @param params APIv4 parameters such as {@code select}, {@code where} and {@code orderBy}; not {@code limit} or
     *               {@code offset}, which this method sets
     */
    public List<JsonNode> get(String entity, Map<String, ?> params) {
        requireParams(params);
        if (params.containsKey("limit") || params.containsKey("offset")) {
            throw new IllegalArgumentException("get pages by itself: pass no limit or offset (use getPage)");
        }
        Map<String, Object> paged = new LinkedHashMap<>(params);
        paged.putIfAbsent("orderBy", Map.of("id", "ASC"));
        List<JsonNode> all = new ArrayList<>();
        while (true) {
            paged.put("limit", settings.pageSize());
            paged.put("offset", all.size());
            Page page = getPage(entity, paged);
            all.addAll(page.values());
            if (page.values().size() < settings.pageSize()) {
                return all;
            }
        }
    }

    /** One {@code get} call as given (with the caller's {@code limit} and {@code offset}, if any). */
    public Page getPage(String entity, Map<String, ?> params) {
        requireParams(params);
        String call = call(entity, "get");
        JsonNode answer = post(entity, "get", params);
        List<JsonNode> values = values(call, answer);
        boolean counted = params.get("select") instanceof Collection<?> select && select.contains(ROW_COUNT);
        JsonNode count = answer.get("count");
        if (count != null && !count.canConvertToLong()) {
            throw broken(call, "its count is not a number");
        }
        if (count != null && (counted ? count.asLong() < values.size() : count.asLong() != values.size())) {
            throw broken(call, "its count " + count.asLong() + " disagrees with its " + values.size() + " values");
        }
        if (params.get("limit") instanceof Number limit && limit.intValue() > 0 && values.size() > limit.intValue()) {
            throw broken(call, "it has " + values.size() + " values for a limit of " + limit);
        }
        return new Page(values, counted && count != null ? count.asLong() : values.size());
    }

    /** Creates one record and returns it as CiviCRM saved it (with its {@code id}). */
    public JsonNode create(String entity, Map<String, ?> values) {
        requireValues(values);
        List<JsonNode> created = values(call(entity, "create"), post(entity, "create", Map.of("values", values)));
        if (created.size() != 1) {
            throw broken(call(entity, "create"), "it returned " + created.size() + " records instead of one");
        }
        return created.get(0);
    }

    /** Sets these values on every record that matches {@code where}; returns the updated records. */
    public List<JsonNode> update(String entity, List<?> where, Map<String, ?> values) {
        requireWhere(where);
        requireValues(values);
        return values(call(entity, "update"), post(entity, "update", Map.of("where", where, "values", values)));
    }

    /** Deletes every record that matches {@code where}; returns the deleted records (their ids). */
    public List<JsonNode> delete(String entity, List<?> where) {
        requireWhere(where);
        return values(call(entity, "delete"), post(entity, "delete", Map.of("where", where)));
    }

    private JsonNode post(String entity, String action, Map<String, ?> params) {
        String call = call(entity, action);
        String body;
        try {
            body = "params=" + URLEncoder.encode(json.writeValueAsString(params), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the parameters of " + call + " cannot be written as JSON", e);
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint(entity, action))
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("X-Civi-Auth", "Bearer " + settings.apiKey())
                .header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new CiviCrmApiException(call, 0, null, true, "no answer within " + timeoutOf(e), e);
        } catch (ConnectException e) {
            throw new CiviCrmApiException(call, 0, null, true, "cannot connect to " + settings.siteUrl().getHost()
                    + (settings.siteUrl().getPort() > 0 ? ":" + settings.siteUrl().getPort() : ""), e);
        } catch (IOException e) {
            throw new CiviCrmApiException(call, 0, null, true,
                    "the connection failed (" + e.getClass().getSimpleName() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CiviCrmApiException(call, 0, null, false, "interrupted while waiting for the answer", e);
        }
        return answer(call, response.statusCode(), response.body());
    }

    private String timeoutOf(HttpTimeoutException e) {
        return e instanceof HttpConnectTimeoutException
                ? settings.connectTimeout().toMillis() + " ms (connecting)"
                : settings.requestTimeout().toMillis() + " ms";
    }

    private JsonNode answer(String call, int status, String body) {
        if (status < 200 || status > 299) {
            boolean retryable = status >= 500 || status == 408 || status == 429;
            throw new CiviCrmApiException(call, status, errorMessage(body), retryable, "CiviCRM refused or failed it",
                    null);
        }
        JsonNode answer;
        try {
            answer = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new CiviCrmApiException(call, status, null, true,
                    "the answer is not valid JSON: \"" + quoted(body) + "\"", null);
        }
        if (answer == null || !answer.isObject()) {
            throw new CiviCrmApiException(call, status, null, true,
                    "the answer is not a JSON object: \"" + quoted(body) + "\"", null);
        }
        return answer;
    }

    /** CiviCRM's {@code error_message} (or {@code status_message}, in maintenance mode), or the answer's text. */
    private String errorMessage(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode error = json.readTree(body);
            for (String field : List.of("error_message", "status_message")) {
                if (error != null && error.hasNonNull(field)) {
                    return quoted(error.get(field).asText());
                }
            }
        } catch (JsonProcessingException e) {
            // authx rejects a key with a text/plain answer ("HTTP 401 Invalid credential"): that text is the message.
        }
        return quoted(body);
    }

    private List<JsonNode> values(String call, JsonNode answer) {
        JsonNode values = answer.get("values");
        if (values == null || !values.isArray()) {
            throw broken(call, "it has no \"values\" list");
        }
        List<JsonNode> rows = new ArrayList<>(values.size());
        values.forEach(rows::add);
        JsonNode fetched = answer.get("countFetched");
        if (fetched != null && (!fetched.canConvertToLong() || fetched.asLong() != rows.size())) {
            throw broken(call, "its countFetched " + fetched + " disagrees with its " + rows.size() + " values");
        }
        return rows;
    }

    private CiviCrmApiException broken(String call, String problem) {
        return new CiviCrmApiException(call, 200, null, true, "the answer is incomplete: " + problem, null);
    }

    /** At most {@value #QUOTED_ANSWER_CHARS} characters of an answer, without the API key should CiviCRM echo it. */
    private String quoted(String text) {
        String shown = text.strip().replace(settings.apiKey(), "(hidden)");
        return shown.length() <= QUOTED_ANSWER_CHARS ? shown : shown.substring(0, QUOTED_ANSWER_CHARS) + "…";
    }

    private URI endpoint(String entity, String action) {
        return settings.siteUrl().resolve("civicrm/ajax/api4/" + entity + "/" + action);
    }

    private static String call(String entity, String action) {
        if (entity == null || !NAME.matcher(entity).matches()) {
            throw new IllegalArgumentException("not an APIv4 entity name: " + entity);
        }
        return entity + "." + action;
    }

    private static void requireParams(Map<String, ?> params) {
        if (params == null) {
            throw new IllegalArgumentException("params are required (an empty map for none)");
        }
    }

    private static void requireValues(Map<String, ?> values) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("values are required");
        }
    }

    private static void requireWhere(List<?> where) {
        if (where == null || where.isEmpty()) {
            throw new IllegalArgumentException("where is required: without it every record would change");
        }
    }

    @Override
    public String toString() {
        return "CiviCrmApi[" + settings.siteUrl() + "]";
    }
}
