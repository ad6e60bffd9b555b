package be.buddytrajectories.core.trajectory;

import jakarta.persistence.EntityManager;

/** Fired synchronously inside the transaction that closed (or withdrew) a trajectory. */
public record DuoEnded(EntityManager transaction, Trajectory trajectory) {
}
