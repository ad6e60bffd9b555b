package be.buddytrajectories.hostapi;

import javax.sql.DataSource;

/**
 * The host's database. A plugin creates its own tables there (prefixed with its id, through its own Liquibase
 * changelog and changelog table) and must not touch the host's tables.
 */
public interface HostDatabase {

    /** A pooled data source; connections are auto-commit on loan. */
    DataSource dataSource();

    DatabaseProduct product();
}
