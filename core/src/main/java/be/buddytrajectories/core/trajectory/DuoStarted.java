package be.buddytrajectories.core.trajectory;

import jakarta.persistence.EntityManager;

/**
 * Fired synchronously, inside the transaction that started the duo, so that other features (check-in planning)
 * add their rows to the same transaction without the trajectory feature knowing them.
 */
public record DuoStarted(EntityManager transaction, Trajectory trajectory) {
}
