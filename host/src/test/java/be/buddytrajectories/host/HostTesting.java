package be.buddytrajectories.host;

import be.buddytrajectories.host.civicrm.NoCrmWriteBack;
import be.buddytrajectories.host.database.HostDatabases;
import be.buddytrajectories.host.i18n.HostI18NProvider;
import be.buddytrajectories.host.layout.HomeView;
import be.buddytrajectories.host.layout.MainLayout;
import be.buddytrajectories.host.layout.ServerErrorView;
import be.buddytrajectories.host.people.JdbcPeopleDirectory;
import be.buddytrajectories.host.people.PeopleView;
import be.buddytrajectories.host.plugins.HostRestart;
import be.buddytrajectories.host.plugins.PluginAdministration;
import be.buddytrajectories.host.plugins.PluginManager;
import be.buddytrajectories.host.plugins.PluginUploads;
import be.buddytrajectories.host.plugins.PluginsView;
import be.buddytrajectories.host.security.AccessControl;
import be.buddytrajectories.host.security.LoginView;
import be.buddytrajectories.host.security.PasswordHasher;
import be.buddytrajectories.host.security.PermissionDeniedView;
import be.buddytrajectories.host.security.SessionUser;
import be.buddytrajectories.host.security.UserAccounts;
import be.buddytrajectories.host.users.UserAdministration;
import be.buddytrajectories.host.users.UsersView;
import be.buddytrajectories.hostapi.CrmWriteBack;
import be.buddytrajectories.hostapi.HostDatabase;
import be.buddytrajectories.hostapi.HostInfo;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.testing.KaribuWeld;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.hostapi.testing.TestHostDatabase;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The host's views and beans under Karibu, on a fresh H2 database with three users and a plugins directory of
 * its own (empty unless the test puts plugins there); "restart now" is counted, not done.
 */
public final class HostTesting implements AutoCloseable {

    public static final String PASSWORD = "test-password-1";

    private final TestDatabases.TestDatabase database;
    private final KaribuWeld karibu;
    private final Path pluginsDir;
    private final AtomicInteger restarts;

    private HostTesting(TestDatabases.TestDatabase database, KaribuWeld karibu, Path pluginsDir,
                        AtomicInteger restarts) {
        this.database = database;
        this.karibu = karibu;
        this.pluginsDir = pluginsDir;
        this.restarts = restarts;
    }

    /** @param extraBeans plugin-like beans to add, such as menu contributors, and views (those with a route) */
    public static HostTesting start(Class<?>... extraBeans) {
        return start(true, extraBeans);
    }

    /** @param pluginUploads whether the upload switch is on */
    public static HostTesting start(boolean pluginUploads, Class<?>... extraBeans) {
        Path pluginsDir;
        try {
            pluginsDir = Files.createTempDirectory("host-plugins");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestDatabases.TestDatabase database = TestDatabases.h2();
        HostDatabases.migrate(database.dataSource());
        HostDatabase hostDatabase = new TestHostDatabase(database);
        Clock clock = Clock.systemUTC();
        PasswordHasher hasher = new PasswordHasher(PasswordHasher.MIN_ITERATIONS);
        UserAccounts accounts = new UserAccounts(hostDatabase, clock, hasher);
        accounts.create("admin", PASSWORD.toCharArray(), null, List.of("ADMIN"));
        accounts.create("coordinator", PASSWORD.toCharArray(), null, List.of("COORDINATOR"));
        accounts.create("buddy", PASSWORD.toCharArray(), null, List.of("BUDDY"));
        Set<Class<?>> beans = new HashSet<>(Set.of(UserAccounts.class, SessionUser.class, AccessControl.class,
                HostI18NProvider.class, MainLayout.class, PluginAdministration.class,
                UserAdministration.class));
        beans.addAll(List.of(extraBeans));
        AtomicInteger restarts = new AtomicInteger();
        Set<Class<? extends Component>> routes = new HashSet<>(Set.of(LoginView.class, HomeView.class,
                PeopleView.class, PluginsView.class, UsersView.class, MainLayout.class));
        for (Class<?> extra : extraBeans) {
            if (extra.isAnnotationPresent(Route.class)) {
                routes.add(extra.asSubclass(Component.class));
            }
        }
        KaribuWeld karibu = KaribuWeld.start(beans, routes,
                Set.of(PermissionDeniedView.class, ServerErrorView.class),
                Map.of(HostDatabase.class, hostDatabase, Clock.class, clock, PasswordHasher.class, hasher,
                        PeopleDirectory.class, new JdbcPeopleDirectory(hostDatabase, clock),
                        HostInfo.class, new HostInfo("Buddy reference host", "test", "1.0.0"),
                        PluginManager.class, new PluginManager(pluginsDir, 1024 * 1024),
                        PluginUploads.class, new PluginUploads(pluginUploads),
                        HostRestart.class, (HostRestart) restarts::incrementAndGet,
                        CrmWriteBack.class, new NoCrmWriteBack()));
        return new HostTesting(database, karibu, pluginsDir, restarts);
    }

    public <T> T bean(Class<T> type) {
        return karibu.bean(type);
    }

    /** The plugins directory the plugin manager works on (1 MB archive limit). */
    public Path pluginsDir() {
        return pluginsDir;
    }

    /** How often "restart now" was asked for. */
    public int restarts() {
        return restarts.get();
    }

    @Override
    public void close() throws Exception {
        karibu.close();
        database.close();
        try (Stream<Path> paths = Files.walk(pluginsDir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
