/**
 * Fairness of the waiting list: how long the newcomers on it have waited, by Dutch level, municipality and whether
 * the participation track obliges them, so that a group that is hard to match does not silently wait longest. A
 * group of fewer than {@link be.buddytrajectories.core.fairness.WaitingListFairness#SMALLEST_GROUP} newcomers gets
 * no figures: the median of two or three waits says nothing, and would point at persons.
 */
package be.buddytrajectories.core.fairness;
