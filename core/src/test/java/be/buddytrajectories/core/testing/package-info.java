/**
 * Test support for core's ITs: the plugin's real CDI graph (Weld SE) on a fresh H2 or PostgreSQL database, with a
 * clock the test moves and a current user the test signs in as coordinator, admin or buddy.
 */
package be.buddytrajectories.core.testing;
