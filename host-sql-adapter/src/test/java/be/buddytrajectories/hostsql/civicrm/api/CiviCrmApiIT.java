package be.buddytrajectories.hostsql.civicrm.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The APIv4 client against a CiviCRM site over HTTP: paging, writes, and every way an answer can fail. */
class CiviCrmApiIT {

    private static final String KEY = "s3cret-api-key-4711";
    private static final int PAGE = 3;
    private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(400);

    private FakeCiviCrm site;
    private CiviCrmApi api;

    @BeforeEach
    void start() throws IOException {
        site = new FakeCiviCrm(KEY);
        api = client(site.siteUrl(), KEY);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private static CiviCrmApi client(URI siteUrl, String key) {
        return new CiviCrmApi(new CiviCrmApiSettings(siteUrl, key, Duration.ofSeconds(2), REQUEST_TIMEOUT, PAGE));
    }

    private void addContacts(int count) {
        for (int i = 1; i <= count; i++) {
            site.add("Contact", Map.of("first_name", "Person", "last_name", "Number " + i));
        }
    }

    private static Map<String, Object> lastNames() {
        return Map.of("select", List.of("id", "last_name"));
    }

    @Test
    void getReadsEveryPageWithLimitAndOffsetUntilAShortPage() {
        addContacts(7);

        List<JsonNode> contacts = api.get("Contact", lastNames());

        assertThat(contacts).extracting(c -> c.get("last_name").asText())
                .containsExactly("Number 1", "Number 2", "Number 3", "Number 4", "Number 5", "Number 6", "Number 7");
        assertThat(site.calls()).extracting(call -> call.params().get("offset").asInt()).containsExactly(0, 3, 6);
        assertThat(site.calls()).allSatisfy(call -> {
            assertThat(call.params().get("limit").asInt()).isEqualTo(PAGE);
            assertThat(call.params().get("orderBy").toString()).isEqualTo("{\"id\":\"ASC\"}");
        });
    }

    @Test
    void getEndsWithAnEmptyPageWhenTheRowsFillWholePages() {
        addContacts(6);

        assertThat(api.get("Contact", lastNames())).hasSize(6);
        assertThat(site.calls()).hasSize(3);
    }

    @Test
    void getPageReturnsTheMatchedCountWhenRowCountIsSelected() {
        addContacts(5);

        CiviCrmApi.Page page = api.getPage("Contact", Map.of("select", List.of("id", "row_count"),
                "where", List.of(List.of("last_name", "LIKE", "Number%")), "limit", 2, "offset", 2));

        assertThat(page.values()).hasSize(2);
        assertThat(page.count()).isEqualTo(5);
    }

    @Test
    void createAndUpdateAnswerWithTheSavedRecords() {
        JsonNode created = api.create("Contact", Map.of("first_name", "Amina", "last_name", "El Idrissi"));
        long id = created.get("id").asLong();

        List<JsonNode> updated = api.update("Contact", List.of(List.of("id", "=", id)), Map.of("last_name", "Haddad"));

        assertThat(id).isPositive();
        assertThat(updated).singleElement().satisfies(c -> assertThat(c.get("last_name").asText()).isEqualTo("Haddad"));
        assertThat(api.get("Contact", Map.of("select", List.of("display_name"), "where",
                List.of(List.of("id", "=", id))))).singleElement()
                .satisfies(c -> assertThat(c.get("display_name").asText()).isEqualTo("Amina Haddad"));
    }

    @Test
    void aServerErrorIsRetryableAndNamesCiviCrmsMessage() {
        site.failNext(FakeCiviCrm.Failure.SERVER_ERROR);

        CiviCrmApiException e = catchThrowableOfType(() -> api.get("Contact", lastNames()), CiviCrmApiException.class);

        assertThat(e.httpStatus()).isEqualTo(500);
        assertThat(e.retryable()).isTrue();
        assertThat(e.civiMessage()).isEqualTo(FakeCiviCrm.SERVER_ERROR_MESSAGE);
        assertThat(e.call()).isEqualTo("Contact.get");
        assertThat(e).hasMessageContaining(FakeCiviCrm.SERVER_ERROR_MESSAGE).hasMessageContaining("HTTP 500")
                .hasMessageContaining("Contact.get");
    }

    @Test
    void anAnswerSlowerThanTheRequestTimeoutIsRetryable() {
        site.failNext(FakeCiviCrm.Failure.SLOW);
        long start = System.nanoTime();

        CiviCrmApiException e = catchThrowableOfType(() -> api.get("Contact", lastNames()), CiviCrmApiException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(site.slowness());
        assertThat(e.retryable()).isTrue();
        assertThat(e.httpStatus()).isZero();
        assertThat(e).hasMessageContaining("no answer within 400 ms");
    }

    @Test
    void anUnreachableSiteIsRetryable() throws IOException {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
        }

        CiviCrmApiException e = catchThrowableOfType(() -> client(closed, KEY).get("Contact", lastNames()),
                CiviCrmApiException.class);

        assertThat(e.retryable()).isTrue();
        assertThat(e.httpStatus()).isZero();
    }

    @Test
    void aRefusedKeyIsNotRetryableAndShowsAuthxsAnswer() {
        CiviCrmApiException e = catchThrowableOfType(() -> client(site.siteUrl(), "wrong-key").get("Contact",
                lastNames()), CiviCrmApiException.class);

        assertThat(e.httpStatus()).isEqualTo(401);
        assertThat(e.retryable()).isFalse();
        assertThat(e.civiMessage()).isEqualTo("HTTP 401 Invalid credential");
        assertThat(e).hasMessageNotContaining("wrong-key");
    }

    @Test
    void aMissingPermissionIsNotRetryableAndNamesCiviCrmsMessage() {
        site.forbid("Contact");

        CiviCrmApiException e = catchThrowableOfType(() -> api.get("Contact", lastNames()), CiviCrmApiException.class);

        assertThat(e.httpStatus()).isEqualTo(403);
        assertThat(e.retryable()).isFalse();
        assertThat(e.civiMessage()).isEqualTo(FakeCiviCrm.FORBIDDEN_MESSAGE);
    }

    @Test
    void malformedJsonIsAnError() {
        addContacts(2);
        site.failNext(FakeCiviCrm.Failure.MALFORMED_JSON);

        assertThatThrownBy(() -> api.get("Contact", lastNames())).isInstanceOf(CiviCrmApiException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void anAnswerWithoutValuesIsAnErrorNotAnEmptyResult() {
        addContacts(2);
        site.failNext(FakeCiviCrm.Failure.WITHOUT_VALUES);

        assertThatThrownBy(() -> api.get("Contact", lastNames())).isInstanceOf(CiviCrmApiException.class)
                .hasMessageContaining("no \"values\"");
    }

    @Test
    void aBrokenPageIsAnErrorNotAShortList() {
        addContacts(7);
        site.failAfter(1, FakeCiviCrm.Failure.WRONG_COUNT);

        CiviCrmApiException e = catchThrowableOfType(() -> api.get("Contact", lastNames()), CiviCrmApiException.class);

        assertThat(e).hasMessageContaining("incomplete");
        assertThat(e.retryable()).isTrue();
        assertThat(site.calls()).hasSize(2);
    }

    @Test
    void theApiKeyAppearsInNoMessageAndNoToString() throws IOException {
        addContacts(4);
        List<Throwable> failures = new ArrayList<>();
        for (FakeCiviCrm.Failure failure : FakeCiviCrm.Failure.values()) {
            site.failNext(failure);
            failures.add(catchThrowableOfType(() -> api.get("Contact", lastNames()), CiviCrmApiException.class));
        }
        failures.add(catchThrowableOfType(() -> client(site.siteUrl(), KEY + "-old").get("Contact", lastNames()),
                CiviCrmApiException.class));
        try (ServerSocket socket = new ServerSocket(0)) {
            URI busy = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
            failures.add(catchThrowableOfType(() -> client(busy, KEY).get("Contact", lastNames()),
                    CiviCrmApiException.class));
        }

        assertThat(failures).hasSize(FakeCiviCrm.Failure.values().length + 2).doesNotContainNull();
        for (Throwable failure : failures) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(KEY);
                assertThat(t.toString()).doesNotContain(KEY);
            }
        }
        assertThat(api.toString()).doesNotContain(KEY);
        assertThat(new CiviCrmApiSettings(site.siteUrl(), KEY, Duration.ofSeconds(1), Duration.ofSeconds(1), 1)
                .toString()).doesNotContain(KEY);
    }

    @Test
    void badArgumentsAreRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> api.get("Contact", Map.of("limit", 10))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> api.get("Contact/../Email", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entity");
        assertThatThrownBy(() -> api.update("Contact", List.of(), Map.of("first_name", "X")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("where");
        assertThatThrownBy(() -> api.delete("Contact", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> api.create("Contact", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(site.calls()).isEmpty();
    }
}
