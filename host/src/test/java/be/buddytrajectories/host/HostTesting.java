package be.buddytrajectories.host;

import be.buddytrajectories.host.database.HostDatabases;
import be.buddytrajectories.host.i18n.HostI18NProvider;
import be.buddytrajectories.host.layout.HomeView;
import be.buddytrajectories.host.layout.MainLayout;
import be.buddytrajectories.host.layout.ServerErrorView;
import be.buddytrajectories.host.people.JdbcPeopleDirectory;
import be.buddytrajectories.host.people.PeopleView;
import be.buddytrajectories.host.security.AccessControl;
import be.buddytrajectories.host.security.LoginView;
import be.buddytrajectories.host.security.PermissionDeniedView;
import be.buddytrajectories.host.security.SessionUser;
import be.buddytrajectories.host.security.UserAccounts;
import be.buddytrajectories.hostapi.HostDatabase;
import be.buddytrajectories.hostapi.HostInfo;
import be.buddytrajectories.hostapi.testing.KaribuWeld;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.hostapi.testing.TestHostDatabase;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The host's views and beans under Karibu, on a fresh H2 database with three users. */
public final class HostTesting implements AutoCloseable {

    public static final String PASSWORD = "test-password-1";

    private final TestDatabases.TestDatabase database;
    private final KaribuWeld karibu;

    private HostTesting(TestDatabases.TestDatabase database, KaribuWeld karibu) {
        this.database = database;
        this.karibu = karibu;
    }

    /** @param extraBeans plugin-like beans to add, such as menu contributors */
    public static HostTesting start(Class<?>... extraBeans) {
        TestDatabases.TestDatabase database = TestDatabases.h2();
        HostDatabases.migrate(database.dataSource());
        HostDatabase hostDatabase = new TestHostDatabase(database);
        Clock clock = Clock.systemUTC();
        UserAccounts accounts = new UserAccounts(hostDatabase, clock);
        accounts.create("admin", PASSWORD.toCharArray(), null, List.of("ADMIN"));
        accounts.create("coordinator", PASSWORD.toCharArray(), null, List.of("COORDINATOR"));
        accounts.create("buddy", PASSWORD.toCharArray(), null, List.of("BUDDY"));
        Set<Class<?>> beans = new HashSet<>(Set.of(UserAccounts.class, SessionUser.class, AccessControl.class,
                HostI18NProvider.class, JdbcPeopleDirectory.class, MainLayout.class));
        beans.addAll(List.of(extraBeans));
        KaribuWeld karibu = KaribuWeld.start(beans,
                Set.of(LoginView.class, HomeView.class, PeopleView.class, MainLayout.class),
                Set.of(PermissionDeniedView.class, ServerErrorView.class),
                Map.of(HostDatabase.class, hostDatabase, Clock.class, clock,
                        HostInfo.class, new HostInfo("Buddy reference host", "test", "1.0.0")));
        return new HostTesting(database, karibu);
    }

    public <T> T bean(Class<T> type) {
        return karibu.bean(type);
    }

    @Override
    public void close() throws Exception {
        karibu.close();
        database.close();
    }
}
