package be.buddytrajectories.core.signup;

import be.buddytrajectories.core.intake.NewcomerWaiting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * Completes an accepted referral when the newcomer's intake is registered: his wait counts from the day the case
 * worker referred him, and the referral, now in the intake, is deleted in the same transaction.
 */
@ApplicationScoped
public class ReferralIntakes {

    void onWaiting(@Observes NewcomerWaiting event) {
        EntityManager em = event.transaction();
        of(em, event.trajectory().newcomerId()).ifPresent(referral -> {
            event.trajectory().countWaitFrom(referral.referredOn());
            em.remove(referral);
        });
    }

    static Optional<Referral> of(EntityManager em, long newcomerId) {
        return em.createQuery("select r from Referral r where r.acceptedAs = :n order by r.id", Referral.class)
                .setParameter("n", newcomerId).setMaxResults(1).getResultStream().findFirst();
    }
}
