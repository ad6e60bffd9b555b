package be.buddytrajectories.hostapi;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Applies a Liquibase changelog with its own changelog and lock tables, so that the host and each plugin keep
 * separate migration histories in one database (and a plugin's history can be removed with the plugin).
 */
public final class Migrations {

    private Migrations() {
    }

    /**
     * Applies every pending changeset of {@code changelog} (a class-path resource of {@code loader}).
     *
     * @param tablePrefix prefix of the changelog tables, e.g. {@code buddy_} gives {@code buddy_databasechangelog}
     * @throws MigrationException when a changeset fails; the changesets before it stay applied
     */
    public static void apply(DataSource dataSource, String changelog, String tablePrefix, ClassLoader loader) {
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDatabaseChangeLogTableName(tablePrefix + "databasechangelog");
            database.setDatabaseChangeLogLockTableName(tablePrefix + "databasechangeloglock");
            Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(loader)), () ->
                    new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                            .execute());
        } catch (SQLException e) {
            throw new MigrationException("cannot connect to apply " + changelog, e);
        } catch (Exception e) {
            throw new MigrationException("migration " + changelog + " failed: " + e.getMessage(), e);
        }
    }

    /** A changelog could not be applied. */
    public static final class MigrationException extends RuntimeException {

        MigrationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
