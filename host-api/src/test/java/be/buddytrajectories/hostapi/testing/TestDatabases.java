package be.buddytrajectories.hostapi.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fresh databases for ITs: an in-memory H2 database, or a new PostgreSQL database on the server named by the
 * system properties {@code it.pg.url}, {@code it.pg.user} and {@code it.pg.password} (set by the build; the
 * password falls back to the environment variable {@code PGPASSWORD}). Without a
 * PostgreSQL server a test is skipped on a developer machine and fails when {@code CI} is set.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** The database kinds every persistence IT runs on. */
    public enum Kind {
        H2,
        POSTGRESQL
    }

    public static TestDatabase create(Kind kind) {
        return kind == Kind.H2 ? h2() : postgres();
    }

    public static TestDatabase h2() {
        String name = "it" + UUID.randomUUID().toString().replace("-", "");
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        return new TestDatabase(Kind.H2, dataSource, dataSource.getURL(), "sa", "", () -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        });
    }

    public static TestDatabase postgres() {
        String adminUrl = System.getProperty("it.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getProperty("it.pg.user", "postgres");
        String password = firstNonBlank(System.getProperty("it.pg.password"), System.getenv("PGPASSWORD"));
        String name = "buddy_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
             Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            String message = "PostgreSQL is not reachable at " + adminUrl + ": " + e.getMessage();
            if (System.getenv("CI") != null) {
                Assertions.fail(message + " (CI is set: PostgreSQL tests must run)");
            }
            Assumptions.abort(message);
        }
        String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return new TestDatabase(Kind.POSTGRESQL, dataSource, url, user, password, () -> {
            try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
                 Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        });
    }

    private static String firstNonBlank(String property, String environment) {
        if (property != null && !property.isBlank()) {
            return property;
        }
        return environment == null ? "" : environment;
    }

    /** A database that exists until closed. */
    public record TestDatabase(Kind kind, DataSource dataSource, String url, String user, String password,
                               Dropper dropper) implements AutoCloseable {

        @Override
        public void close() throws SQLException {
            dropper.drop();
        }
    }

    @FunctionalInterface
    public interface Dropper {
        void drop() throws SQLException;
    }
}
