/**
 * Load at service level: many coordinators at once on a realistic programme, with per-operation latencies and a
 * check that nothing acknowledged was lost.
 */
package be.buddytrajectories.core.load;
