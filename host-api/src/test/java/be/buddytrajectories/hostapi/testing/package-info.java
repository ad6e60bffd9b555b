/**
 * A test kit for plugins and hosts: fresh H2 and PostgreSQL databases, fakes of the host's beans, and Karibu
 * views rendered with CDI injection the way vaadin-cdi does it in a real host. Shipped as host-api's test-jar.
 */
package be.buddytrajectories.hostapi.testing;
