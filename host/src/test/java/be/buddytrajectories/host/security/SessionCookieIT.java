package be.buddytrajectories.host.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.host.HostConfig;
import be.buddytrajectories.host.Main;
import be.buddytrajectories.host.RunningHost;
import be.buddytrajectories.host.TestHostConfigs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session cookie as the browser receives it. */
class SessionCookieIT {

    @TempDir
    Path dataDir;

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndSecureOnlyWhenServedOverHttps() throws Exception {
        HostConfig config = TestHostConfigs.onH2(dataDir, false);

        String plain;
        try (RunningHost host = Main.start(config)) {
            plain = sessionCookie(host);
        }
        String https;
        try (RunningHost host = Main.start(config.withHttps(true))) {
            https = sessionCookie(host);
        }

        assertThat(plain).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax")
                .doesNotContainIgnoringCase("Secure;").doesNotEndWithIgnoringCase("Secure");
        assertThat(https).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax")
                .containsIgnoringCase("; Secure");
    }

    private static String sessionCookie(RunningHost host) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + host.port() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> cookies = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertThat(cookies).as("session cookies set by /login").hasSize(1);
        return cookies.get(0);
    }
}
