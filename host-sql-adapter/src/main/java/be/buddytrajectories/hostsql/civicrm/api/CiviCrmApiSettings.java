package be.buddytrajectories.hostsql.civicrm.api;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * Where and how {@link CiviCrmApi} reaches a CiviCRM site.
 *
 * @param siteUrl        the address under which the site answers {@code civicrm/ajax/api4/...}, for example
 *                       {@code https://crm.example.org/} (Drupal, Backdrop, Standalone)
 * @param apiKey         the API key of the CiviCRM user the plugin acts as, sent as {@code X-Civi-Auth: Bearer}
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for one answer
 * @param pageSize       rows per request when {@link CiviCrmApi#get} pages through a result (1–1000)
 */
public record CiviCrmApiSettings(URI siteUrl, String apiKey, Duration connectTimeout, Duration requestTimeout,
                                 int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 500;

    public CiviCrmApiSettings {
        if (siteUrl == null || siteUrl.getScheme() == null || siteUrl.getHost() == null
                || !siteUrl.getScheme().toLowerCase(Locale.ROOT).matches("https?")) {
            throw new IllegalArgumentException("siteUrl must be an http or https address, not " + siteUrl);
        }
        if (siteUrl.getRawQuery() != null || siteUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("siteUrl must have no query or fragment: " + siteUrl);
        }
        if (apiKey == null || apiKey.isBlank() || apiKey.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new IllegalArgumentException("apiKey must be non-blank printable ASCII without spaces");
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        if (pageSize < 1 || pageSize > 1000) {
            throw new IllegalArgumentException("pageSize must be between 1 and 1000, not " + pageSize);
        }
        String path = siteUrl.getRawPath() == null ? "" : siteUrl.getRawPath();
        siteUrl = path.endsWith("/") ? siteUrl : URI.create(siteUrl + "/");
    }

    /** Settings with a 5 s connect and 30 s request timeout and pages of {@value #DEFAULT_PAGE_SIZE}. */
    public static CiviCrmApiSettings of(URI siteUrl, String apiKey) {
        return new CiviCrmApiSettings(siteUrl, apiKey, Duration.ofSeconds(5), Duration.ofSeconds(30),
                DEFAULT_PAGE_SIZE);
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, not " + duration);
        }
    }

    /** Never shows the API key: settings end up in logs and error screens. */
    @Override
    public String toString() {
        return "CiviCrmApiSettings[siteUrl=" + siteUrl + ", apiKey=(hidden), connectTimeout=" + connectTimeout
                + ", requestTimeout=" + requestTimeout + ", pageSize=" + pageSize + "]";
    }
}
