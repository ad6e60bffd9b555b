package be.buddytrajectories.host.civicrm;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.host.HostConfig;
import be.buddytrajectories.host.Main;
import be.buddytrajectories.host.RunningHost;
import be.buddytrajectories.host.TestHostConfigs;
import be.buddytrajectories.host.people.HostPeople;
import be.buddytrajectories.hostapi.CrmWriteBack;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostsql.civicrm.api.CiviCrmApiSettings;
import be.buddytrajectories.hostsql.civicrm.api.CiviCrmWriteBackSettings;
import be.buddytrajectories.hostsql.civicrm.api.FakeCiviCrm;
import jakarta.enterprise.inject.spi.CDI;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host with {@code host.people=civicrm-api} and both writes switched on, against a CiviCRM site answering over
 * HTTP: its plugins get the site's people and a write-back that writes buddy contacts there as activities.
 */
class CiviCrmHostIT {

    private static final String KEY = "host-it-api-key";

    @TempDir
    Path dataDir;

    @Test
    void aHostOnACiviCrmSitesApiOffersItsPeopleAndAWriteBackThatWritesActivitiesThere() throws Exception {
        try (FakeCiviCrm site = new FakeCiviCrm(KEY)) {
            long buddy = site.add("Contact", Map.of("first_name", "Jan", "last_name", "Peeters", "contact_sub_type",
                    List.of("Volunteer")));
            long newcomer = site.add("Contact", Map.of("first_name", "Amina", "last_name", "Haddad",
                    "contact_sub_type", List.of("Newcomer")));
            site.addActivityType(CiviCrmWriteBackSettings.DEFAULT_ACTIVITY_TYPE);
            HostConfig config = TestHostConfigs.onH2(dataDir, false).withPeople(HostPeople.CIVICRM_API,
                    new CiviCrmSettings(CiviCrmApiSettings.of(site.siteUrl(), KEY),
                            CiviCrmWriteBackSettings.DEFAULT_ACTIVITY_TYPE,
                            CiviCrmWriteBackSettings.DEFAULT_RELATIONSHIP_TYPE, null, null, true, true));

            String activity;
            Set<CrmWriteBack.Write> writes;
            long volunteers;
            try (RunningHost host = Main.start(config)) {
                CrmWriteBack writeBack = CDI.current().select(CrmWriteBack.class).get();
                writes = writeBack.writes();
                volunteers = CDI.current().select(PeopleDirectory.class).get().count(PersonKind.VOLUNTEER);
                activity = writeBack.recordContact(new CrmWriteBack.ContactActivity(7, Set.of(buddy), newcomer,
                        LocalDateTime.of(2026, 3, 4, 18, 30), 75, "Buddy contact"));
            }

            assertThat(writes).containsExactlyInAnyOrder(CrmWriteBack.Write.values());
            assertThat(volunteers).isEqualTo(1);
            assertThat(site.records("Activity")).singleElement().satisfies(written -> {
                assertThat(String.valueOf(written.get("id"))).isEqualTo(activity);
                assertThat((List<?>) written.get("target_contact_id")).extracting(id -> ((Number) id).longValue())
                        .containsExactly(newcomer);
                assertThat(((Number) written.get("duration")).intValue()).isEqualTo(75);
            });
        }
    }
}
