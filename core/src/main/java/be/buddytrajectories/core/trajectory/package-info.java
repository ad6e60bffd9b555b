/**
 * Trajectories: a newcomer's way from the waiting list through a proposed and an active duo (or tridem) to its
 * closure. The entity guards the lifecycle WAITING → PROPOSED → ACTIVE ⇄ PAUSED → CLOSED; the service adds the
 * rules that need the database (capacity, training and screening gates, waiting-list order) and the role checks.
 */
package be.buddytrajectories.core.trajectory;
