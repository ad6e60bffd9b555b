/**
 * The CRM's people (volunteers and newcomers) in plain JDBC, with a change feed that plugins read by cursor;
 * plugins see them only through host-api's {@code PeopleDirectory}.
 */
package be.buddytrajectories.host.people;
