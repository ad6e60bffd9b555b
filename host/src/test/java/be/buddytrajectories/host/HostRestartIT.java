package be.buddytrajectories.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostRestartIT {

    @TempDir
    Path dataDir;

    @Test
    void aRestartKeepsTheDataAndAppliesNoChangesetAgain() throws Exception {
        HostConfig config = TestHostConfigs.onH2(dataDir, true);

        try (RunningHost host = Main.start(config)) {
            assertThat(get(host, "/login")).isEqualTo(200);
        }
        int hostChangesets = count(config, "host_databasechangelog");
        int pluginChangesets = count(config, "buddy_databasechangelog");
        int people = count(config, "host_person");
        assertThat(pluginChangesets).as("the plugin migrated at start").isPositive();

        try (RunningHost host = Main.start(config)) {
            assertThat(get(host, "/login")).isEqualTo(200);
        }

        assertThat(Files.exists(dataDir.resolve("db/host.mv.db"))).isTrue();
        assertThat(count(config, "host_person")).as("demo data is loaded once").isEqualTo(people).isEqualTo(260);
        assertThat(count(config, "host_databasechangelog")).isEqualTo(hostChangesets);
        assertThat(count(config, "buddy_databasechangelog")).isEqualTo(pluginChangesets);
    }

    private static int get(RunningHost host, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + host.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }

    private static int count(HostConfig config, String table) throws Exception {
        try (Connection c = DriverManager.getConnection(config.dbUrl(), config.dbUser(), config.dbPassword());
             ResultSet rs = c.createStatement().executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
