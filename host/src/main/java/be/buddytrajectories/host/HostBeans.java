package be.buddytrajectories.host;

import be.buddytrajectories.host.database.HostDatabases;
import be.buddytrajectories.host.mail.FileMailer;
import be.buddytrajectories.host.mail.SmtpMailer;
import be.buddytrajectories.host.people.HostPeople;
import be.buddytrajectories.host.plugins.HostRestart;
import be.buddytrajectories.host.plugins.PluginManager;
import be.buddytrajectories.host.plugins.PluginUploads;
import be.buddytrajectories.host.security.PasswordHasher;
import be.buddytrajectories.hostapi.CrmWriteBack;
import be.buddytrajectories.hostapi.DataDirectory;
import be.buddytrajectories.hostapi.DatabaseProduct;
import be.buddytrajectories.hostapi.HostApi;
import be.buddytrajectories.hostapi.HostDatabase;
import be.buddytrajectories.hostapi.HostInfo;
import be.buddytrajectories.hostapi.Mailer;
import be.buddytrajectories.hostapi.PeopleDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;

/** The host-api beans this host offers to plugins (and uses itself). */
@ApplicationScoped
public class HostBeans {

    /** The host's version, as the build wrote it into the JAR's manifest. */
    static final String VERSION = String.valueOf(HostBeans.class.getPackage().getImplementationVersion());

    private PluginManager pluginManager;

    @Produces
    HostDatabase hostDatabase() {
        HostRuntime runtime = HostRuntime.current();
        return new RuntimeDatabase(runtime.dataSource(), HostDatabases.productOf(runtime.config().dbUrl()));
    }

    /** One directory per host: the host's own people, or those of the CRM it was pointed at ({@code host.people}). */
    @Produces
    @ApplicationScoped
    PeopleDirectory peopleDirectory(HostDatabase database, Clock clock) {
        HostConfig config = HostRuntime.current().config();
        return HostPeople.directory(config.people(), database, clock, config.civicrm());
    }

    /**
     * One write-back per host: to the CiviCRM site of {@code host.civicrm.*}, writing what is switched on, or, without
     * a site, one whose {@code writes()} is empty.
     */
    @Produces
    @ApplicationScoped
    CrmWriteBack crmWriteBack() {
        return HostRuntime.current().config().civicrm().writeBack();
    }

    @Produces
    HostInfo hostInfo() {
        return new HostInfo("Buddy reference host", VERSION, HostApi.version(), HostRuntime.current().publicAddress());
    }

    @Produces
    DataDirectory dataDirectory() {
        Path plugins = HostRuntime.current().config().pluginDataDir();
        return pluginId -> {
            try {
                return Files.createDirectories(plugins.resolve(pluginId));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the data directory of plugin " + pluginId, e);
            }
        };
    }

    @Produces
    PasswordHasher passwordHasher() {
        return new PasswordHasher(HostRuntime.current().config().passwordIterations());
    }

    @Produces
    Mailer mailer() {
        return HostRuntime.current().mailer();
    }

    /** Over SMTP when a mail server is configured ({@code host.smtp.host}), else into the data directory's mail folder. */
    static Mailer mailer(HostConfig config, Clock clock) {
        return config.smtp() != null ? new SmtpMailer(config.smtp(), clock)
                : new FileMailer(config.dataDir().resolve("mail"), clock);
    }

    /** One manager per host, so that its locking covers every admin's session. */
    @Produces
    synchronized PluginManager pluginManager() {
        if (pluginManager == null) {
            HostConfig config = HostRuntime.current().config();
            pluginManager = new PluginManager(config.pluginsDir(), config.maxPluginArchiveBytes());
        }
        return pluginManager;
    }

    @Produces
    PluginUploads pluginUploads() {
        return new PluginUploads(HostRuntime.current().config().pluginUploads());
    }

    @Produces
    HostRestart hostRestart() {
        return HostRuntime.current().restart();
    }

    @Produces
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    private record RuntimeDatabase(DataSource dataSource, DatabaseProduct product) implements HostDatabase {
    }
}
