package be.buddytrajectories.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import be.buddytrajectories.host.civicrm.NoCrmWriteBack;
import be.buddytrajectories.host.mail.FileMailer;
import be.buddytrajectories.host.mail.SmtpMailer;
import be.buddytrajectories.host.mail.SmtpSettings;
import be.buddytrajectories.hostapi.CrmWriteBack;
import be.buddytrajectories.hostapi.CrmWriteBack.ContactActivity;
import be.buddytrajectories.hostsql.civicrm.api.CiviCrmWriteBack;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostConfigTest {

    private static final String CIVI_KEY = "civi-s3cret-key";

    @TempDir
    Path dir;

    private static HostConfig civicrm(String... settings) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < settings.length; i += 2) {
            env.put(settings[i], settings[i + 1]);
        }
        return HostConfig.from(key -> null, env);
    }

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

    @Test
    void withoutACiviCrmSiteTheHostWritesToNoCrmAndSaysSoWhenAsked() {
        CrmWriteBack writeBack = HostConfig.from(key -> null, Map.of()).civicrm().writeBack();

        assertThat(writeBack).isInstanceOf(NoCrmWriteBack.class);
        assertThat(writeBack.writes()).isEmpty();
        assertThatIllegalStateException().isThrownBy(() -> writeBack.recordContact(new ContactActivity(1, Set.of(2L), 3,
                LocalDateTime.of(2026, 3, 4, 18, 30), 60, "Buddy contact"))).withMessageContaining("no CRM");
    }

    @Test
    void aCiviCrmSiteWritesWhatIsSwitchedOnWithTheDefaultTypesAndNeverShowsItsKey() {
        HostConfig config = civicrm("HOST_PEOPLE", "civicrm", "HOST_CIVICRM_URL", "https://crm.example.org/",
                "HOST_CIVICRM_KEY", CIVI_KEY, "HOST_CIVICRM_WRITE_CONTACTS", "true");

        CrmWriteBack writeBack = config.civicrm().writeBack();

        assertThat(writeBack).isInstanceOf(CiviCrmWriteBack.class);
        assertThat(writeBack.writes()).containsExactly(CrmWriteBack.Write.CONTACT_ACTIVITY);
        assertThat(config.civicrm().connection().siteUrl()).isEqualTo(URI.create("https://crm.example.org/"));
        assertThat(config.civicrm().activityType()).isEqualTo("Buddy contact");
        assertThat(config.civicrm().relationshipType()).isEqualTo("Buddy of");
        assertThat(config.toString()).contains("crm.example.org").doesNotContain(CIVI_KEY);
    }

    @Test
    void aSiteWithBothWritesSwitchedOffStillGivesItsWriteBackWithNoWrites() {
        CrmWriteBack writeBack = civicrm("HOST_CIVICRM_URL", "https://crm.example.org/", "HOST_CIVICRM_KEY",
                CIVI_KEY).civicrm().writeBack();

        assertThat(writeBack).isInstanceOf(CiviCrmWriteBack.class);
        assertThat(writeBack.writes()).isEmpty();
    }

    @Test
    void theApiKeyCanComeFromAFileOutOfTheEnvironmentListingButNotFromBoth() throws Exception {
        Path keyFile = Files.writeString(dir.resolve("civicrm.key"), CIVI_KEY + "\n");

        HostConfig config = civicrm("HOST_PEOPLE", "civicrm-api", "HOST_CIVICRM_URL", "https://crm.example.org/",
                "HOST_CIVICRM_KEY_FILE", keyFile.toString(), "HOST_CIVICRM_WRITE_RELATIONSHIPS", "true");

        assertThat(config.civicrm().connection().apiKey()).isEqualTo(CIVI_KEY);
        assertThat(config.civicrm().writes()).containsExactly(CrmWriteBack.Write.BUDDY_RELATIONSHIP);
        assertThatIllegalArgumentException().isThrownBy(() -> civicrm("HOST_CIVICRM_URL", "https://crm.example.org/",
                "HOST_CIVICRM_KEY", CIVI_KEY, "HOST_CIVICRM_KEY_FILE", keyFile.toString()))
                .withMessageContaining("not both");
        assertThatIllegalArgumentException().isThrownBy(() -> civicrm("HOST_CIVICRM_URL", "https://crm.example.org/",
                "HOST_CIVICRM_KEY_FILE", dir.resolve("missing.key").toString()))
                .withMessageContaining("cannot read").withMessageContaining("missing.key");
    }

    @Test
    void civiCrmApiPeopleTakeTheSitesVolunteerPoolAndTypeNames() {
        HostConfig config = civicrm("HOST_PEOPLE", "civicrm-api", "HOST_CIVICRM_URL", "http://localhost:8081/civi/",
                "HOST_CIVICRM_KEY", CIVI_KEY, "HOST_CIVICRM_VOLUNTEER_GROUP", "Buddy volunteers",
                "HOST_CIVICRM_VOLUNTEER_TAG", "buddy", "HOST_CIVICRM_ACTIVITY_TYPE", "Buddy meeting",
                "HOST_CIVICRM_RELATIONSHIP_TYPE", "Mentor of");

        assertThat(config.people()).isEqualTo("civicrm-api");
        assertThat(config.civicrm().peopleMapping().volunteerGroup()).isEqualTo("Buddy volunteers");
        assertThat(config.civicrm().peopleMapping().volunteerTag()).isEqualTo("buddy");
        assertThat(config.civicrm().activityType()).isEqualTo("Buddy meeting");
        assertThat(config.civicrm().relationshipType()).isEqualTo("Mentor of");
    }

    @Test
    void civiCrmSettingsThatCannotWorkStopTheStartWithAClearMessageWithoutTheKey() {
        String url = "https://crm.example.org/";
        assertThatIllegalArgumentException().isThrownBy(() -> civicrm("HOST_CIVICRM_URL", "crm.example.org",
                "HOST_CIVICRM_KEY", CIVI_KEY)).withMessageContaining("host.civicrm.url must be the http or https")
                .withMessageNotContaining(CIVI_KEY);
        assertThatIllegalArgumentException().isThrownBy(() -> civicrm("HOST_CIVICRM_URL", url))
                .withMessageContaining("host.civicrm.key");
        assertThatIllegalArgumentException().isThrownBy(() -> civicrm("HOST_CIVICRM_KEY", CIVI_KEY))
                .withMessageContaining("host.civicrm.url").withMessageNotContaining(CIVI_KEY);
        assertThatIllegalArgumentException().isThrownBy(() -> civicrm("HOST_CIVICRM_URL", url,
                "HOST_CIVICRM_KEY", "two words")).withMessageContaining("printable ASCII without spaces")
                .withMessageNotContaining("two words");
        assertThatIllegalArgumentException().isThrownBy(() -> civicrm("HOST_CIVICRM_WRITE_CONTACTS", "true"))
                .withMessageContaining("host.civicrm.write.contacts needs a CiviCRM site");
        assertThatIllegalArgumentException().isThrownBy(() -> civicrm("HOST_CIVICRM_WRITE_RELATIONSHIPS", "true"))
                .withMessageContaining("host.civicrm.write.relationships needs a CiviCRM site");
        assertThatIllegalArgumentException().isThrownBy(() -> civicrm("HOST_CIVICRM_URL", url,
                "HOST_CIVICRM_KEY", CIVI_KEY, "HOST_CIVICRM_WRITE_CONTACTS", "yes"))
                .withMessageContaining("true or false");
        assertThatIllegalArgumentException().isThrownBy(() -> civicrm("HOST_PEOPLE", "civicrm-api"))
                .withMessageContaining("host.people=civicrm-api needs the CiviCRM site");
        assertThatIllegalArgumentException().isThrownBy(() -> civicrm("HOST_CIVICRM_VOLUNTEER_GROUP", "Buddies"))
                .withMessageContaining("apply to host.people=civicrm or civicrm-api");
    }
}
