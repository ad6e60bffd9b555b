package be.buddytrajectories.hostapi.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fresh databases for ITs: an in-memory H2 database, or a new PostgreSQL database on the server named by the
 * system properties {@code it.pg.url}, {@code it.pg.user} and {@code it.pg.password} (set by the build; the
 * password falls back to the environment variable {@code PGPASSWORD}), or a new MariaDB database on the server
 * named by {@code it.mariadb.url}, {@code it.mariadb.user} and {@code it.mariadb.password}. Without the server a
 * test is skipped on a developer machine and fails when {@code CI} is set.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** The database kinds every persistence IT runs on. */
    public enum Kind {
        H2,
        POSTGRESQL,
        MARIADB
    }

    public static TestDatabase create(Kind kind) {
        return switch (kind) {
            case H2 -> h2();
            case POSTGRESQL -> postgres();
            case MARIADB -> mariadb();
        };
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
        return postgres(null);
    }

    /** A new PostgreSQL database, empty or, when a template is given, a copy of it ({@code CREATE DATABASE … TEMPLATE}). */
    private static TestDatabase postgres(TestDatabase template) {
        String adminUrl = System.getProperty("it.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getProperty("it.pg.user", "postgres");
        String password = firstNonBlank(System.getProperty("it.pg.password"), System.getenv("PGPASSWORD"));
        String name = "buddy_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
             Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + name + (template == null ? "" : " TEMPLATE " + databaseName(template)));
        } catch (SQLException e) {
            if (template != null) {
                throw new IllegalStateException("cannot copy " + template.url(), e);
            }
            unreachable("PostgreSQL", adminUrl, e);
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

    public static TestDatabase mariadb() {
        // The local server speaks plain TCP, and Connector/J 4 asks for TLS unless told otherwise; read committed
        // as the host sets it for every database.
        String serverUrl = System.getProperty("it.mariadb.url",
                "jdbc:mariadb://127.0.0.1:3306/?sslMode=disable&transactionIsolation=READ_COMMITTED");
        String user = System.getProperty("it.mariadb.user", "root");
        String password = System.getProperty("it.mariadb.password", "");
        String name = "buddy_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = DriverManager.getConnection(serverUrl, user, password);
             Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            unreachable("MariaDB", serverUrl, e);
        }
        int query = serverUrl.indexOf('?');
        String server = query < 0 ? serverUrl : serverUrl.substring(0, query);
        String url = (server.endsWith("/") ? server : server + "/") + name + (query < 0 ? "" : serverUrl.substring(query));
        MariaDbDataSource dataSource = new MariaDbDataSource();
        try {
            dataSource.setUrl(url);
            dataSource.setUser(user);
            dataSource.setPassword(password);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot use MariaDB at " + url, e);
        }
        return new TestDatabase(Kind.MARIADB, dataSource, url, user, password, () -> {
            try (Connection admin = DriverManager.getConnection(serverUrl, user, password);
                 Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name);
            }
        });
    }

    /**
     * A new database of the template's kind with the template's tables, indexes, constraints and rows, so that a
     * schema migrated once can serve many tests (copying takes a fraction of a migration's time). Nobody may be
     * connected to a PostgreSQL template while it is copied.
     */
    public static TestDatabase copyOf(TestDatabase template) {
        if (template.kind() == Kind.POSTGRESQL) {
            return postgres(template);
        }
        TestDatabase copy = create(template.kind());
        try {
            if (template.kind() == Kind.H2) {
                copyH2(template, copy);
            } else {
                copyMariadb(template, copy);
            }
            return copy;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot copy " + template.url(), e);
        }
    }

    private static void copyH2(TestDatabase template, TestDatabase copy) throws SQLException {
        List<String> script = new ArrayList<>();
        try (Connection c = template.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
            while (rs.next()) {
                script.add(rs.getString(1));
            }
        }
        try (Connection c = copy.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String statement : script) {
                s.execute(statement);
            }
        }
    }

    /** Each table as the server shows its definition (foreign keys included), then its rows. */
    private static void copyMariadb(TestDatabase template, TestDatabase copy) throws SQLException {
        String from = databaseName(template);
        try (Connection source = template.dataSource().getConnection(); Statement read = source.createStatement();
             Connection target = copy.dataSource().getConnection(); Statement write = target.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = read.executeQuery("SHOW FULL TABLES WHERE Table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            // Tables come in name order, not in the order their foreign keys need.
            write.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : tables) {
                try (ResultSet rs = read.executeQuery("SHOW CREATE TABLE `" + table + "`")) {
                    rs.next();
                    write.execute(rs.getString(2));
                }
                write.execute("INSERT INTO `" + table + "` SELECT * FROM `" + from + "`.`" + table + "`");
            }
            write.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
    }

    /** The database's name: the last path segment of its URL. */
    private static String databaseName(TestDatabase database) {
        String url = database.url();
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static void unreachable(String product, String url, SQLException e) {
        String message = product + " is not reachable at " + url + ": " + e.getMessage();
        if (System.getenv("CI") != null) {
            Assertions.fail(message + " (CI is set: " + product + " tests must run)");
        }
        Assumptions.abort(message);
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
