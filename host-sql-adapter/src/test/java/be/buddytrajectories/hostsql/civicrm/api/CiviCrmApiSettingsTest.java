package be.buddytrajectories.hostsql.civicrm.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CiviCrmApiSettingsTest {

    private static final URI SITE = URI.create("https://crm.example.org");
    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void theApiKeyIsNotInToString() {
        CiviCrmApiSettings settings = CiviCrmApiSettings.of(SITE, "k3y-that-must-stay-secret");

        assertThat(settings.toString()).doesNotContain("k3y-that-must-stay-secret").contains("crm.example.org");
        assertThat(new CiviCrmApi(settings).toString()).doesNotContain("k3y-that-must-stay-secret");
    }

    @Test
    void theSiteUrlEndsWithASlashSoThatTheApiPathIsAppended() {
        assertThat(CiviCrmApiSettings.of(URI.create("https://example.org/crm"), "key").siteUrl())
                .isEqualTo(URI.create("https://example.org/crm/"));
        assertThat(CiviCrmApiSettings.of(URI.create("https://example.org/"), "key").siteUrl())
                .isEqualTo(URI.create("https://example.org/"));
    }

    @Test
    void badSettingsAreRefusedWithTheirName() {
        assertThatThrownBy(() -> CiviCrmApiSettings.of(URI.create("ftp://example.org/"), "key"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("siteUrl");
        assertThatThrownBy(() -> CiviCrmApiSettings.of(URI.create("https://example.org/?q=civicrm"), "key"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("siteUrl");
        assertThatThrownBy(() -> CiviCrmApiSettings.of(SITE, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apiKey");
        assertThatThrownBy(() -> CiviCrmApiSettings.of(SITE, "two words"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apiKey")
                .hasMessageNotContaining("two words");
        assertThatThrownBy(() -> new CiviCrmApiSettings(SITE, "key", Duration.ZERO, SECOND, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> new CiviCrmApiSettings(SITE, "key", SECOND, null, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestTimeout");
        assertThatThrownBy(() -> new CiviCrmApiSettings(SITE, "key", SECOND, SECOND, 1001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pageSize");
        assertThatThrownBy(() -> new CiviCrmApi(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
