package be.buddytrajectories.host.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what a plugin stored: every table, view and sequence whose name starts with its table prefix (its
 * changelog tables included, as {@code host-api}'s {@code Migrations} names them), and its data directory.
 * Only the current schema is touched, and never a name with the host's prefix.
 */
public class PluginData {

    private static final Logger LOG = LoggerFactory.getLogger(PluginData.class);

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Path pluginDataRoot;

    /** @param pluginDataRoot the directory that holds one data directory per plugin id */
    public PluginData(String jdbcUrl, String user, String password, Path pluginDataRoot) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.pluginDataRoot = pluginDataRoot;
    }

    void remove(PluginDescriptor plugin) {
        String prefix = plugin.tablePrefix().toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            boolean mariaDb = isMariaDb(c);
            if (mariaDb) {
                // MariaDB ignores CASCADE: without this a table another plugin table refers to cannot go first. The
                // setting lives as long as this connection, which is this method's own.
                execute(c, "set foreign_key_checks = 0");
            }
            List<String> dropped = new ArrayList<>();
            for (String view : names(c, prefix, "VIEW")) {
                drop(c, "drop view " + quote(c, view) + " cascade", dropped, view);
            }
            for (String table : names(c, prefix, "TABLE", "BASE TABLE")) {
                drop(c, "drop table " + quote(c, table) + " cascade", dropped, table);
            }
            for (String sequence : sequences(c, prefix, mariaDb)) {
                drop(c, "drop sequence " + quote(c, sequence), dropped, sequence);
            }
            LOG.info("plugin {}: dropped {}", plugin.id(), dropped);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot remove the tables of plugin " + plugin.id() + ": "
                    + e.getMessage(), e);
        }
        try {
            PluginManager.deleteTree(pluginDataRoot.resolve(plugin.id()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the data directory of plugin " + plugin.id(), e);
        }
    }

    private static void drop(Connection c, String sql, List<String> dropped, String name) throws SQLException {
        execute(c, sql);
        dropped.add(name);
    }

    private static List<String> names(Connection c, String prefix, String... types) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), null, types)) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (owned(name, prefix)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static List<String> sequences(Connection c, String prefix, boolean mariaDb) throws SQLException {
        List<String> names = new ArrayList<>();
        // MariaDB keeps sequences as tables of their own type; the others list them in information_schema.sequences.
        try (PreparedStatement ps = c.prepareStatement(mariaDb
                ? "select table_name from information_schema.tables where table_schema = ? and table_type = 'SEQUENCE'"
                : "select sequence_name from information_schema.sequences where sequence_schema = ?")) {
            ps.setString(1, mariaDb ? c.getCatalog() : c.getSchema());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (owned(rs.getString(1), prefix)) {
                        names.add(rs.getString(1));
                    }
                }
            }
        }
        return names;
    }

    private static boolean isMariaDb(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("mariadb");
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    // LIKE would treat '_' as a wildcard: compare in Java.
    private static boolean owned(String name, String prefix) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith(prefix) && !lower.startsWith("host_");
    }

    private static String quote(Connection c, String name) throws SQLException {
        String q = c.getMetaData().getIdentifierQuoteString();
        return q + name.replace(q, q + q) + q;
    }
}
