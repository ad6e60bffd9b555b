package be.buddytrajectories.host.database;

import be.buddytrajectories.hostapi.DatabaseProduct;
import be.buddytrajectories.hostapi.Migrations;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;

/** Opens the host's database and brings its schema up to date. */
public final class HostDatabases {

    public static final String CHANGELOG = "db/host/changelog-master.xml";
    public static final String TABLE_PREFIX = "host_";

    private HostDatabases() {
    }

    public static HikariDataSource open(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(10);
        config.setPoolName("host");
        // The plugins' rules (a buddy's capacity checked under a row lock, say) read what others committed, as
        // PostgreSQL and H2 do by default; MariaDB's default, repeatable read, would show them an older snapshot.
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        // Fail fast at start with a clear message rather than waiting 30 s for a database that is not there.
        config.setConnectionTimeout(10_000);
        return new HikariDataSource(config);
    }

    public static void migrate(DataSource dataSource) {
        Migrations.apply(dataSource, CHANGELOG, TABLE_PREFIX, HostDatabases.class.getClassLoader());
    }

    public static DatabaseProduct productOf(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return DatabaseProduct.H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return DatabaseProduct.POSTGRESQL;
        }
        if (jdbcUrl.startsWith("jdbc:mariadb:")) {
            return DatabaseProduct.MARIADB;
        }
        throw new IllegalArgumentException(
                "unsupported database URL (use jdbc:h2:, jdbc:postgresql: or jdbc:mariadb:): " + jdbcUrl);
    }
}
