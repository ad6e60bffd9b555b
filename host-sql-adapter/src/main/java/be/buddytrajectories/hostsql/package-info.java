/**
 * A {@link be.buddytrajectories.hostapi.PeopleDirectory} over the database of an existing CRM, for hosts that
 * keep their contacts there. All SQL lives in a properties file ({@link be.buddytrajectories.hostsql.SqlQueries}),
 * so that a host adapts it to its schema without code; {@code civicrm-people.properties} is a worked example.
 */
package be.buddytrajectories.hostsql;
