package be.buddytrajectories.core.intake;

import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.trajectory.Trajectory;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;

/**
 * The one way a newcomer's intake is registered, inside the caller's transaction: by the service, a spreadsheet
 * row or the demo. It checks no permission, so it must not be exposed to a view directly.
 */
public final class NewcomerIntakes {

    private NewcomerIntakes() {
    }

    /**
     * The newcomer's intake and his place on the waiting list since {@code registeredOn}, followed up by this
     * coordinator (none when null).
     *
     * @return the newcomer's waiting trajectory
     * @throws RuleViolationException when the newcomer already has an intake
     */
    public static Trajectory register(EntityManager em, long newcomerId, LocalDate registeredOn,
                                      NewcomerIntakeInput input, Long coordinatorId) {
        if (em.find(NewcomerIntake.class, newcomerId) != null) {
            throw new RuleViolationException("buddy.intake.exists", newcomerId);
        }
        em.persist(new NewcomerIntake(newcomerId, registeredOn, input));
        Trajectory waiting = Trajectory.waitingList(newcomerId, registeredOn, coordinatorId, false);
        em.persist(waiting);
        return waiting;
    }
}
