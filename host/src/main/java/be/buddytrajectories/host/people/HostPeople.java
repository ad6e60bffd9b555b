package be.buddytrajectories.host.people;

import be.buddytrajectories.host.civicrm.CiviCrmSettings;
import be.buddytrajectories.host.security.UserAccounts;
import be.buddytrajectories.hostapi.HostDatabase;
import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostsql.SqlPeopleDirectory;
import be.buddytrajectories.hostsql.SqlQueries;
import be.buddytrajectories.hostsql.civicrm.CiviCrmSite;
import be.buddytrajectories.hostsql.civicrm.api.CiviCrmApiPeopleDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the host's people live ({@code host.people}): in its own {@code host_person} table ({@value #OWN}), in
 * CiviCRM's tables in the host's database ({@value #CIVICRM}), in a CiviCRM site reached through its APIv4
 * ({@value #CIVICRM_API}, the site of {@code host.civicrm.*}), or in another CRM's tables read through the SQL of a
 * properties file (its path). Also loads the demo people into the first two.
 */
public final class HostPeople {

    public static final String OWN = "host";
    public static final String CIVICRM = "civicrm";
    public static final String CIVICRM_API = "civicrm-api";
    public static final int DEFAULT_DEMO_CONTACTS = 1_000;
    private static final long OTHERS_SEED = 20261205L;
    private static final Logger LOG = LoggerFactory.getLogger(HostPeople.class);

    private HostPeople() {
    }

    /**
     * The people directory for this setting, over the host's database or the CiviCRM site, with the volunteer pool
     * of the CiviCRM settings for {@value #CIVICRM} and {@value #CIVICRM_API}.
     */
    public static PeopleDirectory directory(String source, HostDatabase database, Clock clock,
                                            CiviCrmSettings civicrm) {
        return switch (source) {
            case OWN -> new JdbcPeopleDirectory(database, clock);
            case CIVICRM -> new SqlPeopleDirectory(database.dataSource(),
                    CiviCrmSite.peopleQueries(civicrm.volunteerGroup(), civicrm.volunteerTag()), clock);
            case CIVICRM_API -> new CiviCrmApiPeopleDirectory(civicrm.api(), civicrm.peopleMapping());
            default -> {
                Path file = Path.of(source);
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException("host.people must be " + OWN + ", " + CIVICRM + ", "
                            + CIVICRM_API + " or the path of a SQL properties file; there is no file "
                            + file.toAbsolutePath());
                }
                yield new SqlPeopleDirectory(database.dataSource(), SqlQueries.fromFile(file), clock);
            }
        };
    }

    /**
     * Loads the demo people and users when the directory has nobody yet. For {@value #CIVICRM} it first creates
     * CiviCRM's tables when the database has none, and gives the site {@code contacts} contacts: the demo's named
     * volunteers and newcomers, more of both up to a fifth and 6% of all, and organisations, households and donors.
     * Another CRM's people are never touched, and no demo users are made for them.
     */
    public static void loadDemo(String source, HostDatabase database, UserAccounts accounts, int contacts,
                                Clock clock) {
        if (!source.equals(OWN) && !source.equals(CIVICRM)) {
            LOG.warn("no demo data: the people of {} are another CRM's, left as they are", source);
            return;
        }
        if (source.equals(CIVICRM) && !CiviCrmSite.hasSchema(database.dataSource())) {
            CiviCrmSite.createSchema(database.dataSource());
            LOG.info("demo data: CiviCRM's tables created");
        }
        // Whether the demo's people are there is a matter of sub-types: no volunteer pool.
        PeopleDirectory people = directory(source, database, clock, CiviCrmSettings.none());
        if (people.count(PersonKind.VOLUNTEER) + people.count(PersonKind.NEWCOMER) > 0) {
            return;
        }
        List<Long> ids;
        if (source.equals(OWN)) {
            ids = ((JdbcPeopleDirectory) people).registerAll(DemoData.people());
            LOG.info("demo data loaded: {} volunteers, {} newcomers, users admin, coordinator and buddy",
                    DemoData.VOLUNTEERS, DemoData.NEWCOMERS);
        } else {
            List<NewPerson> named = DemoData.people();
            int volunteers = Math.max(DemoData.VOLUNTEERS, contacts / 5);
            int newcomers = Math.max(DemoData.NEWCOMERS, contacts * 6 / 100);
            List<NewPerson> all = new ArrayList<>(named);
            all.addAll(CiviCrmSite.generatedPeople(volunteers - DemoData.VOLUNTEERS, newcomers - DemoData.NEWCOMERS,
                    OTHERS_SEED));
            ids = CiviCrmSite.addPeople(database.dataSource(), all);
            CiviCrmSite.addOthers(database.dataSource(), Math.max(0, contacts - all.size()), OTHERS_SEED);
            LOG.info("demo data loaded: a CiviCRM site of {} contacts, {} volunteers and {} newcomers among them,"
                    + " users admin, coordinator and buddy",
                    Math.max(contacts, all.size()), volunteers, newcomers);
        }
        DemoData.createUsers(accounts, ids.get(0));
    }
}
