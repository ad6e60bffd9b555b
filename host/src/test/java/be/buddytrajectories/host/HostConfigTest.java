package be.buddytrajectories.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostConfigTest {

    @Test
    void defaultsToPort8080AndAnH2FileDatabaseOutsideTheWorkingDirectory() {
        HostConfig config = HostConfig.from(key -> null, Map.of());

        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.dataDir()).isEqualTo(Path.of(System.getProperty("user.home"), ".buddy-trajectories"));
        assertThat(config.dbUrl()).startsWith("jdbc:h2:file:" + config.dataDir());
        assertThat(config.demoData()).isFalse();
        assertThat(config.pluginUploads()).isTrue();
        assertThat(config.maxPluginArchiveBytes()).isEqualTo(100L * 1024 * 1024);
    }

    @Test
    void pluginUploadsCanBeSwitchedOffAndTheArchiveLimitChanged() {
        HostConfig config = HostConfig.from(key -> null,
                Map.of("HOST_PLUGINS_UPLOAD", "false", "HOST_PLUGINS_MAX_SIZE_MB", "5", "HOST_HOME", "/opt/buddy"));

        assertThat(config.pluginUploads()).isFalse();
        assertThat(config.maxPluginArchiveBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(config.pluginsDir()).isEqualTo(Path.of("/opt/buddy/plugins"));
    }

    @Test
    void systemPropertiesWinOverEnvironmentVariables() {
        HostConfig config = HostConfig.from(key -> key.equals("host.port") ? "9090" : null,
                Map.of("HOST_PORT", "7070", "HOST_DB_URL", "jdbc:postgresql://db/buddy", "HOST_DB_PASSWORD", "s3cret"));

        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.dbUrl()).isEqualTo("jdbc:postgresql://db/buddy");
        assertThat(config.toString()).doesNotContain("s3cret");
    }
}
