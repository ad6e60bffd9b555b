/**
 * Programme settings: the figures a programme agrees on (hours target, planned duration, follow-up thresholds,
 * matching rules) kept in one row, so that every rule in the plugin reads them from one place.
 */
package be.buddytrajectories.core.programme;
