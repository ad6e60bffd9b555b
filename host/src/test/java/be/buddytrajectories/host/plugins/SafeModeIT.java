package be.buddytrajectories.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.probe.ExplodingStartup;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeModeIT {

    @TempDir
    Path home;
    @TempDir
    Path archives;

    @Test
    void aPluginWhoseStartThrowsIsMarkedFailedWithItsCauseAndTheHostComesUpWithoutIt() throws Exception {
        try (InstalledHost host = InstalledHost.in(home)) {
            assertThat(host.plugin("install", explodingPlugin().toString()).exitCode()).isZero();

            host.start();

            assertThat(host.logText()).contains("plugin exploding-probe failed the start")
                    .contains("a plugin failed the start and is marked FAILED; starting without it");
            assertThat(Files.readString(host.pluginsDir().resolve("exploding-probe/FAILED")))
                    .contains("java.lang.IllegalStateException: probe plugin refuses to start");
            String list = host.plugin("list").output();
            assertThat(list).contains("exploding-probe").contains("FAILED")
                    .contains("probe plugin refuses to start");
            HttpResponse<String> login = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(host.url("login"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
        }
    }

    /** A plugin of one JAR: beans.xml and a bean that throws when the application starts. */
    private Path explodingPlugin() throws IOException {
        String classFile = ExplodingStartup.class.getName().replace('.', '/') + ".class";
        byte[] bytes;
        try (InputStream in = ExplodingStartup.class.getClassLoader().getResourceAsStream(classFile)) {
            bytes = in.readAllBytes();
        }
        byte[] jar = TestArchives.jar(Map.of(
                "META-INF/beans.xml", ("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
                        + " bean-discovery-mode=\"all\"/>").getBytes(StandardCharsets.UTF_8),
                classFile, bytes));
        return TestArchives.zip(archives.resolve("exploding-probe-1.0.0.zip"), TestArchives.entries(
                "plugin.properties", TestArchives.descriptor("exploding-probe", "1.0.0", "[1.0.0,2.0.0)")
                        .getBytes(StandardCharsets.UTF_8),
                "lib/exploding-probe-1.0.0.jar", jar));
    }
}
