package be.buddytrajectories.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.calendar.CalendarFeedService;
import be.buddytrajectories.core.token.RequestRateLimit;
import be.buddytrajectories.core.token.SecretTokens;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AgendaRequestHandlerTest {

    private ViewFixture f;
    private AgendaRequestHandler handler;
    private String token;

    @BeforeEach
    void start() {
        f = ViewFixture.start();
        long lotte = f.buddy("Lotte");
        f.active("Amina", lotte);
        f.signInBuddy(lotte);
        token = f.bean(CalendarFeedService.class).createMine(Locale.forLanguageTag("nl"));
        f.user.signOut();
        handler = new AgendaRequestHandler(f.bean(CalendarFeedService.class), f.bean(RequestRateLimit.class));
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    /** What the handler answered. */
    private record Answered(boolean handled, int status, Map<String, String> headers, byte[] body) {
    }

    private Answered get(String path, String address) throws Exception {
        VaadinRequest request = (VaadinRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {VaadinRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getPathInfo" -> path;
                    case "getMethod" -> "GET";
                    case "getRemoteAddr" -> address;
                    default -> null;
                });
        Map<String, String> headers = new HashMap<>();
        int[] status = {0};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        VaadinResponse response = (VaadinResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {VaadinResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setStatus" -> status[0] = (Integer) args[0];
                        case "setContentType" -> headers.put("Content-Type", (String) args[0]);
                        case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "getOutputStream" -> {
                            return body;
                        }
                        default -> {
                            return null;
                        }
                    }
                    return null;
                });
        boolean handled = handler.handleRequest(null, request, response);
        return new Answered(handled, status[0], headers, body.toByteArray());
    }

    @Test
    void theFeedIsServedAsUtf8CalendarThatParsesBack() throws Exception {
        Answered answered = get("/buddy/agenda/" + token + ".ics", "10.0.0.1");

        assertThat(answered.handled()).isTrue();
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.headers()).containsEntry("Content-Type", "text/calendar; charset=UTF-8");
        assertThat(new CalendarBuilder().build(new ByteArrayInputStream(answered.body())).getComponents("VEVENT"))
                .isNotEmpty();
        assertThat(new String(answered.body(), StandardCharsets.UTF_8)).contains("Opvolging van je duo met Amina");
    }

    @Test
    void anUnknownOrMalformedTokenGetsTheSame404() throws Exception {
        Answered unknown = get("/buddy/agenda/" + SecretTokens.newToken() + ".ics", "10.0.0.2");
        Answered malformed = get("/buddy/agenda/x.ics", "10.0.0.2");

        assertThat(List.of(unknown.status(), malformed.status())).containsOnly(404);
        assertThat(unknown.body()).isEqualTo(malformed.body());
    }

    @Test
    void otherPathsAreLeftToVaadin() throws Exception {
        assertThat(get("/buddy/me", "10.0.0.3").handled()).isFalse();
        assertThat(get("/buddy/agenda/" + token, "10.0.0.3").handled()).isFalse();
    }

    @Test
    void theThirtyFirstRequestInAMinuteIsToldToRetryLater() throws Exception {
        for (int i = 0; i < RequestRateLimit.PER_MINUTE; i++) {
            assertThat(get("/buddy/agenda/" + token + ".ics", "10.0.0.4").status()).isEqualTo(200);
        }
        Answered refused = get("/buddy/agenda/" + token + ".ics", "10.0.0.4");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers()).containsEntry("Retry-After", "60");
    }
}
