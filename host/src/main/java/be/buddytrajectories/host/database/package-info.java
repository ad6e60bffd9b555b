/** The host's database: a pooled data source (H2 embedded by default, PostgreSQL for real) and its migrations. */
package be.buddytrajectories.host.database;
