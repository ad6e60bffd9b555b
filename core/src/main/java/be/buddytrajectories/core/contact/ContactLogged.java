package be.buddytrajectories.core.contact;

import be.buddytrajectories.core.trajectory.Trajectory;
import jakarta.persistence.EntityManager;
import java.util.Locale;

/**
 * Fired synchronously, inside the transaction that logged the contact, so that other features (write-back to the
 * CRM) add their rows to the same transaction.
 *
 * @param language the language of the user who logged it
 */
public record ContactLogged(EntityManager transaction, Contact contact, Trajectory trajectory, Locale language) {
}
