package be.buddytrajectories.hostapi.testing;

import be.buddytrajectories.hostapi.DatabaseProduct;
import be.buddytrajectories.hostapi.HostDatabase;
import javax.sql.DataSource;

/** The host database bean over a test database. */
public record TestHostDatabase(TestDatabases.TestDatabase database) implements HostDatabase {

    @Override
    public DataSource dataSource() {
        return database.dataSource();
    }

    @Override
    public DatabaseProduct product() {
        return switch (database.kind()) {
            case H2 -> DatabaseProduct.H2;
            case POSTGRESQL -> DatabaseProduct.POSTGRESQL;
            case MARIADB -> DatabaseProduct.MARIADB;
        };
    }
}
