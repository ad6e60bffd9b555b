package be.buddytrajectories.bench.run;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.matching.ProfileIndexer;
import be.buddytrajectories.core.outbox.IndexOutbox;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.validation.InputValidator;
import be.buddytrajectories.host.people.JdbcPeopleDirectory;
import be.buddytrajectories.hostapi.CurrentUser;
import be.buddytrajectories.hostapi.DataDirectory;
import be.buddytrajectories.hostapi.DatabaseProduct;
import be.buddytrajectories.hostapi.HostDatabase;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.search.index.ProfileIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * The plugin's beans wired by Weld SE the way a host wires them (as core's CoreFixture does in tests), over the
 * host's real people directory ({@link JdbcPeopleDirectory} on {@code host_person}), a data directory in a
 * temporary folder and an admin as current user. Only the beans the benchmark uses are added; core's
 * package-private index document builder is added by name because it is core's own business.
 */
final class PluginBeans implements AutoCloseable {

    private static final String DOCUMENTS_BEAN = "be.buddytrajectories.core.matching.BuddyDocuments";

    private record BenchHostDatabase(DataSource dataSource, DatabaseProduct product) implements HostDatabase {
    }

    private final WeldContainer container;
    private final Path indexDirectory;

    /**
     * @param dataDirectory the host's data directory; the plugin's index lives under it. An empty, valid index is
     *     put there first, so that opening does not start a rebuild of its own: the benchmark times one explicitly.
     */
    PluginBeans(DataSource dataSource, DatabaseProduct product, Path dataDirectory, Clock clock) {
        DataDirectory directories = pluginId -> {
            Path path = dataDirectory.resolve(pluginId);
            try {
                return Files.createDirectories(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        indexDirectory = directories.forPlugin(ProfileIndexer.PLUGIN_ID).resolve("index");
        try (ProfileIndex empty = ProfileIndex.open(indexDirectory)) {
            empty.rebuild(Stream.empty(), 0, done -> { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the index directory", e);
        }
        HostDatabase hostDatabase = new BenchHostDatabase(dataSource, product);
        CurrentUser user = new AdminUser(Locale.forLanguageTag("nl"));
        Weld weld = new Weld(UUID.randomUUID().toString()).disableDiscovery()
                .property("org.jboss.weld.construction.relaxed", true)
                .addExtension(new ReadyBeans(Map.of(
                        HostDatabase.class, hostDatabase,
                        CurrentUser.class, user,
                        PeopleDirectory.class, new JdbcPeopleDirectory(hostDatabase, clock),
                        DataDirectory.class, directories,
                        Clock.class, clock)));
        List.of(BuddyDatabase.class, AccessGuard.class, InputValidator.class, IndexOutbox.class, AuditTrail.class,
                BuddyProfileService.class, ProfileIndexer.class, documentsBean()).forEach(weld::addBeanClass);
        container = weld.initialize();
    }

    <T> T bean(Class<T> type) {
        return container.select(type).get();
    }

    /** Where ProfileIndexer keeps its index. */
    Path indexDirectory() {
        return indexDirectory;
    }

    private static Class<?> documentsBean() {
        try {
            return Class.forName(DOCUMENTS_BEAN);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("core no longer has " + DOCUMENTS_BEAN + "; update PluginBeans", e);
        }
    }

    @Override
    public void close() {
        container.close();
    }
}
