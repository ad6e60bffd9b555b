package be.buddytrajectories.core.testing;

import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.hostapi.Migrations;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import java.util.EnumMap;
import java.util.Map;

/**
 * Databases with the plugin's schema already migrated: the changelog runs once per JVM and database kind into a
 * template, and each fixture gets a copy (changelog tables included, so the plugin's own migration finds nothing
 * left to do). A fresh migration per test class was most of the ITs' time; the migration itself is tested on
 * fresh databases by {@code BuddyDatabaseIT}.
 */
public final class MigratedDatabases {

    private static final Map<TestDatabases.Kind, TestDatabases.TestDatabase> TEMPLATES =
            new EnumMap<>(TestDatabases.Kind.class);

    private MigratedDatabases() {
    }

    public static synchronized TestDatabases.TestDatabase create(TestDatabases.Kind kind) {
        return TestDatabases.copyOf(TEMPLATES.computeIfAbsent(kind, MigratedDatabases::template));
    }

    private static TestDatabases.TestDatabase template(TestDatabases.Kind kind) {
        TestDatabases.TestDatabase template = TestDatabases.create(kind);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                template.close();
            } catch (java.sql.SQLException e) {
                System.err.println("cannot drop the template database " + template.url() + ": " + e);
            }
        }));
        Migrations.apply(template.dataSource(), BuddyDatabase.CHANGELOG, BuddyDatabase.TABLE_PREFIX,
                BuddyDatabase.class.getClassLoader());
        return template;
    }
}
