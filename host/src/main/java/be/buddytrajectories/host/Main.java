package be.buddytrajectories.host;

import be.buddytrajectories.host.database.HostDatabases;
import be.buddytrajectories.host.errors.FailedRequests;
import be.buddytrajectories.host.people.HostPeople;
import be.buddytrajectories.host.plugins.FailingPlugin;
import be.buddytrajectories.host.plugins.HostRestart;
import be.buddytrajectories.host.plugins.PluginManager;
import be.buddytrajectories.host.security.PasswordHasher;
import be.buddytrajectories.host.security.UserAccounts;
import be.buddytrajectories.hostapi.HostDatabase;
import be.buddytrajectories.hostapi.Mailer;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.eclipse.jetty.ee10.webapp.MetaInfConfiguration;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the host: database and migrations, demo data when asked, then Jetty with Weld and Vaadin. Plugins are
 * JARs on the class path ({@code bin/host} puts {@code plugins/<id>/lib/*} there), found by CDI and Vaadin.
 * The exit code tells {@code bin/host run} what to do next: {@link HostRestart#EXIT_CODE} after an admin's
 * restart, {@link HostRestart#PLUGIN_FAILED_EXIT_CODE} after a plugin failed the start (safe mode).
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);
    // Jetty scans only these for Vaadin's initializers and routes: scanning every JAR doubles the start time.
    private static final String SCANNED_JARS = ".*/(flow|vaadin)[^/]*\\.jar$|.*/classes/.*";

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        HostConfig config = HostConfig.fromEnvironment();
        RunningHost host;
        try {
            host = start(config);
        } catch (Exception | Error e) {
            PluginManager plugins = new PluginManager(config.pluginsDir(), config.maxPluginArchiveBytes());
            Optional<String> plugin = FailingPlugin.find(e, plugins, Main.class.getClassLoader());
            if (plugin.isEmpty()) {
                throw e;
            }
            LOG.error("plugin {} failed the start; it is marked FAILED and the host starts without it", plugin.get(), e);
            plugins.markFailed(plugin.get(), FailingPlugin.describe(e));
            System.exit(HostRestart.PLUGIN_FAILED_EXIT_CODE);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(host::stop, "host-shutdown"));
        host.join();
        if (host.restartRequested()) {
            System.exit(HostRestart.EXIT_CODE);
        }
    }

    /**
     * Starts a host and returns once it serves requests (port 0 picks a free port). A restart requested by an admin
     * stops it; {@link #main} then exits for the launcher to start it again.
     */
    public static RunningHost start(HostConfig config) throws Exception {
        long started = System.nanoTime();
        Files.createDirectories(config.dataDir());
        LOG.info("starting with {}", config);
        if (config.people().equals(HostPeople.OWN) && !config.civicrm().writes().isEmpty()) {
            LOG.warn("CiviCRM write-back with the host's own people: their ids are written as CiviCRM contact ids");
        }
        HikariDataSource dataSource = HostDatabases.open(config.dbUrl(), config.dbUser(), config.dbPassword());
        Server server = null;
        try {
            HostDatabases.migrate(dataSource);
            AtomicReference<RunningHost> running = new AtomicReference<>();
            HostRestart restart = () -> {
                RunningHost host = running.get();
                if (host == null) {
                    throw new IllegalStateException("the host is still starting");
                }
                host.requestRestart();
            };
            server = jetty(config);
            ServerConnector connector = (ServerConnector) server.getConnectors()[0];
            // Bound before the beans exist, so that a host on port 0 knows its address for links in e-mails.
            connector.open();
            int port = connector.getLocalPort();
            Mailer mailer = HostBeans.mailer(config, Clock.systemDefaultZone());
            LOG.info("mail channel: {}", mailer);
            HostRuntime.install(new HostRuntime(config, dataSource, restart, config.publicAddress(port), mailer));
            HostDatabase database = new HostBeans().hostDatabase();
            if (config.demoData()) {
                loadDemoDataIntoEmptyDatabase(config, database);
            }
            server.start();
            LOG.info("Buddy host ready at http://localhost:{}/ in {} ms", port, (System.nanoTime() - started) / 1_000_000);
            running.set(new RunningHost(server, dataSource, port));
            return running.get();
        } catch (Exception | Error e) {
            stopQuietly(server);
            dataSource.close();
            throw e;
        }
    }

    private static void stopQuietly(Server server) {
        if (server != null) {
            try {
                server.stop();
                // A server that never started leaves its connector bound.
                for (Connector connector : server.getConnectors()) {
                    ((ServerConnector) connector).close();
                }
            } catch (Exception e) {
                LOG.warn("Jetty did not stop cleanly after a failed start", e);
            }
        }
    }

    private static void loadDemoDataIntoEmptyDatabase(HostConfig config, HostDatabase database) {
        Clock clock = Clock.systemDefaultZone();
        UserAccounts accounts = new UserAccounts(database, clock, new PasswordHasher(config.passwordIterations()));
        HostPeople.loadDemo(config.people(), database, accounts, config.demoContacts(), clock);
    }

    private static Server jetty(HostConfig config) throws IOException {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(config.port());
        server.addConnector(connector);
        WebAppContext context = new WebAppContext();
        context.setContextPath("/");
        context.setBaseResource(ResourceFactory.of(context).newResource(Files.createTempDirectory("buddy-webroot")));
        context.setAttribute(MetaInfConfiguration.CONTAINER_JAR_PATTERN, scanPattern());
        context.setConfigurationDiscovered(true);
        context.setParentLoaderPriority(true);
        // A web application that fails to deploy (a plugin bean that cannot be created, say) fails the start.
        context.setThrowUnavailableOnStartupException(true);
        context.getSessionHandler().setMaxInactiveInterval(30 * 60);
        // Scripts cannot read the session cookie, other sites' pages cannot send it along with their forms, and
        // behind HTTPS it never travels in clear.
        context.getSessionHandler().setHttpOnly(true);
        context.getSessionHandler().setSameSite(HttpCookie.SameSite.LAX);
        context.getSessionHandler().setSecureRequestOnly(false);
        context.getSessionHandler().setSecureCookies(config.https());
        context.addFilter(FailedRequests.class, "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
        server.setHandler(context);
        server.setStopAtShutdown(false);
        return server;
    }

    /** Vaadin's JARs, class directories, and every JAR with {@code META-INF/beans.xml}: the host's and plugins'. */
    static String scanPattern() {
        List<String> patterns = new ArrayList<>(List.of(SCANNED_JARS));
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(path) && hasBeansXml(path)) {
                patterns.add(".*" + Pattern.quote(path.toAbsolutePath().toString().replace('\\', '/')));
            }
        }
        return String.join("|", patterns);
    }

    private static boolean hasBeansXml(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry("META-INF/beans.xml") != null;
        } catch (IOException e) {
            return false;
        }
    }
}
