package be.buddytrajectories.hostsql.civicrm.api;

import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.testing.PeopleDirectoryContract;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The APIv4 directory keeps the whole host-api contract against a CiviCRM site that answers over HTTP, with an
 * organisation and a donor beside the people (which it must not show), and pages of two rows so that every read
 * pages.
 */
class CiviCrmApiPeopleDirectoryIT extends PeopleDirectoryContract {

    private static final String KEY = "contract-test-api-key";

    private FakeCiviCrm site;

    @Override
    protected PeopleDirectory open() throws Exception {
        site = new FakeCiviCrm(KEY);
        site.add("Contact", Map.of("contact_type", "Organization", "organization_name", "Vzw De Brug",
                "address_primary.city", "Gent", "address_primary.postal_code", "9000"));
        site.add("Contact", Map.of("first_name", "Sara", "last_name", "Donor", "contact_sub_type", List.of("Donor"),
                "email_primary.email", "sara.donor@example.org", "address_primary.city", "Gent"));
        CiviCrmApi api = new CiviCrmApi(new CiviCrmApiSettings(site.siteUrl(), KEY, Duration.ofSeconds(2),
                Duration.ofSeconds(10), 2));
        return new CiviCrmApiPeopleDirectory(api, CiviCrmPeopleMapping.defaults());
    }

    @Override
    protected void close() {
        if (site != null) {
            site.close();
        }
    }
}
