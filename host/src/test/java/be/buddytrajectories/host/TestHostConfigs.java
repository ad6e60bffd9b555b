package be.buddytrajectories.host;

import be.buddytrajectories.host.civicrm.CiviCrmSettings;
import be.buddytrajectories.host.people.HostPeople;
import be.buddytrajectories.host.security.PasswordHasher;
import java.nio.file.Path;

/**
 * Hosts as the tests start them in their own JVM: a free port, plain HTTP, the host's own people, no CiviCRM site,
 * and the lowest password hash cost, since test JVMs run on the first compiler only, where the default cost takes
 * over a second per sign-in.
 */
public final class TestHostConfigs {

    private TestHostConfigs() {
    }

    public static HostConfig on(Path dataDir, String dbUrl, String dbUser, String dbPassword, boolean demoData) {
        return new HostConfig(0, Path.of("."), dataDir, dbUrl, dbUser, dbPassword, demoData, true, 100L << 20, false,
                HostPeople.OWN, HostPeople.DEFAULT_DEMO_CONTACTS, null, null, PasswordHasher.MIN_ITERATIONS,
                CiviCrmSettings.none());
    }

    /** On the default H2 file database under the data directory. */
    public static HostConfig onH2(Path dataDir, boolean demoData) {
        return on(dataDir, HostConfig.defaultH2Url(dataDir), "sa", "", demoData);
    }
}
