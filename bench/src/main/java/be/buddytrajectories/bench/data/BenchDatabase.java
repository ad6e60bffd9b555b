package be.buddytrajectories.bench.data;

import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.host.database.HostDatabases;
import be.buddytrajectories.hostapi.Migrations;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A fresh database for one benchmark run, with the host's schema and the plugin's, created the way the product
 * creates them ({@code HostDatabases.migrate}, then core's changelog as {@link BuddyDatabase} applies it). H2 is an
 * embedded file database in a temporary directory (as the reference host uses it); PostgreSQL gets a new
 * database on the server, dropped on close.
 */
public final class BenchDatabase implements AutoCloseable {

    /** Which database the plugin runs on. */
    public enum Kind {
        H2, POSTGRESQL
    }

    /** Where the PostgreSQL server is: an admin URL (any existing database), user and password. */
    public record PostgresServer(String adminUrl, String user, String password) {
    }

    private final Kind kind;
    private final String url;
    private final String user;
    private final String password;
    private final HikariDataSource dataSource;
    private final Runnable dropper;

    private BenchDatabase(Kind kind, String url, String user, String password, Runnable dropper) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        this.dropper = dropper;
        this.dataSource = HostDatabases.open(url, user, password);
    }

    public static BenchDatabase create(Kind kind, PostgresServer server) throws IOException, SQLException {
        BenchDatabase database = kind == Kind.H2 ? h2() : postgres(server);
        HostDatabases.migrate(database.dataSource);
        // Core's changelog, applied as BuddyDatabase applies it; the plugin's own BuddyDatabase later finds it
        // up to date and validates its mapping against it.
        Migrations.apply(database.dataSource, BuddyDatabase.CHANGELOG, BuddyDatabase.TABLE_PREFIX,
                BuddyDatabase.class.getClassLoader());
        return database;
    }

    private static BenchDatabase h2() throws IOException {
        Path directory = Files.createTempDirectory("buddy-bench-h2");
        return new BenchDatabase(Kind.H2, "jdbc:h2:file:" + directory.resolve("bench"), "sa", "",
                () -> deleteTree(directory));
    }

    private static BenchDatabase postgres(PostgresServer server) throws SQLException {
        String name = "buddy_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(server.adminUrl(), server.user(), server.password());
             Statement s = admin.createStatement()) {
            s.execute("create database " + name);
        }
        String base = server.adminUrl().substring(0, server.adminUrl().lastIndexOf('/') + 1);
        return new BenchDatabase(Kind.POSTGRESQL, base + name + "?reWriteBatchedInserts=true", server.user(),
                server.password(), () -> {
                    try (Connection admin = DriverManager.getConnection(server.adminUrl(), server.user(),
                            server.password()); Statement s = admin.createStatement()) {
                        s.execute("drop database if exists " + name + " with (force)");
                    } catch (SQLException e) {
                        throw new IllegalStateException("cannot drop " + name, e);
                    }
                });
    }

    public Kind kind() {
        return kind;
    }

    /** The host's pooled data source (HikariCP, as the reference host opens it). */
    public HikariDataSource dataSource() {
        return dataSource;
    }

    public String url() {
        return url;
    }

    /** The server's version string, e.g. "PostgreSQL 15.8 …" or "H2 2.5.252 …". */
    public String version() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        }
    }

    /** A connection outside the pool, for long peer queries that must not starve the plugin's pool. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public void close() {
        dataSource.close();
        dropper.run();
    }

    private static void deleteTree(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("cannot delete " + directory, e);
        }
    }
}
