package be.buddytrajectories.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.host.database.HostDatabases;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PluginDataIT {

    @TempDir
    Path dataRoot;

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void removingAPluginsDataDropsItsTablesViewsSequencesChangelogAndDirectoryButNothingElse(TestDatabases.Kind kind)
            throws Exception {
        try (TestDatabases.TestDatabase db = TestDatabases.create(kind)) {
            HostDatabases.migrate(db.dataSource());
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                // As Migrations names a plugin's changelog tables.
                s.execute("create table probe_databasechangelog (id varchar(255))");
                s.execute("create table probe_databasechangeloglock (id int primary key)");
                s.execute("create table probe_duo (id bigint primary key)");
                s.execute("create table probe_contact (id bigint primary key, duo_id bigint references probe_duo (id))");
                s.execute("create view probe_duo_view as select id from probe_duo");
                s.execute("create sequence probe_contact_seq");
                s.execute("create table probeless (id bigint primary key)");
            }
            Files.createDirectories(dataRoot.resolve("probe-plugin/index"));
            Files.writeString(dataRoot.resolve("probe-plugin/index/segments"), "index");
            List<String> hostTables = names(db, "host_");

            new PluginData(db.url(), db.user(), db.password(), dataRoot).remove(new PluginDescriptor("probe-plugin",
                    "Probe", "1.0.0", "[1.0.0,2.0.0)", "", "", "", List.of(), "probe_"));

            assertThat(names(db, "probe_")).isEmpty();
            assertThat(names(db, "host_")).isEqualTo(hostTables).contains("host_person", "host_databasechangelog");
            assertThat(names(db, "probeless")).containsExactly("probeless");
            assertThat(dataRoot.resolve("probe-plugin")).doesNotExist();
        }
    }

    /** Tables, views and sequences whose names start with the prefix, in lower case. */
    private static List<String> names(TestDatabases.TestDatabase db, String prefix) throws Exception {
        List<String> names = new ArrayList<>();
        // MariaDB lists sequences among the tables of the database; the others in a view of their own.
        String sql = db.kind() == TestDatabases.Kind.MARIADB
                ? "select table_name from information_schema.tables where table_schema = database()"
                : "select table_name from information_schema.tables where lower(table_schema) = 'public'"
                        + " union all select sequence_name from information_schema.sequences"
                        + " where lower(sequence_schema) = 'public'";
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String name = rs.getString(1).toLowerCase(Locale.ROOT);
                if (name.startsWith(prefix)) {
                    names.add(name);
                }
            }
        }
        names.sort(null);
        return names;
    }
}
