package be.buddytrajectories.hostapi;

/** The database products a host can run on; plugins choose dialect-specific SQL by it. */
public enum DatabaseProduct {
    H2,
    POSTGRESQL,
    /** MariaDB 10.11 or later, the database of CiviCRM sites. */
    MARIADB
}
