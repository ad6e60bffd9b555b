package be.buddytrajectories.core.intake;

import be.buddytrajectories.core.trajectory.Trajectory;
import jakarta.persistence.EntityManager;

/**
 * Fired synchronously, inside the transaction that registered a newcomer's intake and put him on the waiting list,
 * so that other features (a case worker's referral) can complete his place without intake knowing them.
 */
public record NewcomerWaiting(EntityManager transaction, Trajectory trajectory) {
}
