package be.buddytrajectories.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import be.buddytrajectories.host.mail.FileMailer;
import be.buddytrajectories.host.mail.SmtpMailer;
import be.buddytrajectories.host.mail.SmtpSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
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
        assertThat(config.passwordIterations()).isEqualTo(600_000);
    }

    @Test
    void thePasswordHashCostCanBeRaisedOrLoweredToTheMinimumButNoFurther() {
        assertThat(HostConfig.from(key -> null, Map.of("HOST_PASSWORD_ITERATIONS", "1200000"))
                .passwordIterations()).isEqualTo(1_200_000);
        assertThat(HostConfig.from(key -> null, Map.of("HOST_PASSWORD_ITERATIONS", "10000"))
                .passwordIterations()).isEqualTo(10_000);
        assertThatIllegalArgumentException().isThrownBy(() -> HostConfig.from(key -> null,
                Map.of("HOST_PASSWORD_ITERATIONS", "9999"))).withMessageContaining("at least 10000");
        assertThatIllegalArgumentException().isThrownBy(() -> HostConfig.from(key -> null,
                Map.of("HOST_PASSWORD_ITERATIONS", "lots"))).withMessageContaining("a whole number");
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

    @Test
    void withoutAMailServerMailGoesIntoTheDataDirectoryAndLinksPointAtThisMachine() {
        HostConfig config = HostConfig.from(key -> null, Map.of("HOST_DATA_DIR", "/var/buddy"));

        assertThat(config.smtp()).isNull();
        assertThat(HostBeans.mailer(config, Clock.systemUTC())).isInstanceOf(FileMailer.class)
                .hasToString(".eml files in /var/buddy/mail");
        assertThat(config.publicAddress(8123)).isEqualTo(URI.create("http://localhost:8123/"));
    }

    @Test
    void aMailServerMeansSmtpWithStarttlsOnPort587AndThePasswordIsNeverShown() {
        HostConfig config = HostConfig.from(key -> key.equals("host.smtp.user") ? "mailer" : null,
                Map.of("HOST_SMTP_HOST", "smtp.example.org", "HOST_SMTP_PASSWORD", "m41l-s3cret",
                        "HOST_SMTP_FROM", "buddy@example.org", "HOST_PUBLIC_URL", "https://buddy.example.org/"));

        assertThat(config.smtp()).isEqualTo(new SmtpSettings("smtp.example.org", 587, "mailer", "m41l-s3cret",
                "buddy@example.org", SmtpSettings.Tls.STARTTLS));
        assertThat(HostBeans.mailer(config, Clock.systemUTC())).isInstanceOf(SmtpMailer.class)
                .asString().doesNotContain("m41l-s3cret");
        assertThat(config.toString()).contains("smtp.example.org").doesNotContain("m41l-s3cret");
        assertThat(config.publicAddress(8080)).isEqualTo(URI.create("https://buddy.example.org/"));
    }

    @Test
    void smtpsDefaultsToPort465AndAnUnknownTlsModeIsRefused() {
        Map<String, String> env = Map.of("HOST_SMTP_HOST", "mail", "HOST_SMTP_FROM", "b@example.org",
                "HOST_SMTP_TLS", "SSL");

        assertThat(HostConfig.from(key -> null, env).smtp().port()).isEqualTo(465);
        assertThatIllegalArgumentException().isThrownBy(() -> HostConfig.from(
                key -> key.equals("host.smtp.tls") ? "tls" : null, env)).withMessageContaining("starttls, ssl or none");
    }

    @Test
    void aMailServerWithoutSenderOrAPublicUrlThatIsNoWebAddressStopsTheStart() {
        assertThatIllegalArgumentException().isThrownBy(() -> HostConfig.from(key -> null,
                Map.of("HOST_SMTP_HOST", "mail"))).withMessageContaining("HOST_SMTP_FROM");
        assertThatIllegalArgumentException().isThrownBy(() -> HostConfig.from(key -> null,
                Map.of("HOST_PUBLIC_URL", "buddy.example.org"))).withMessageContaining("host.public.url");
    }
}
