package be.buddytrajectories.core.outcome;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.rules.NotFoundException;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.validation.InputValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/** Recording outcome answers (with consent only) and the aggregate report (with small cells suppressed). */
@ApplicationScoped
public class OutcomeService {

    private final BuddyDatabase database;
    private final AccessGuard access;
    private final InputValidator validator;

    @Inject
    public OutcomeService(BuddyDatabase database, AccessGuard access, InputValidator validator) {
        this.database = database;
        this.access = access;
        this.validator = validator;
    }

    /** Records a newcomer's answers at intake or closure; once per moment, and only with his outcome consent. */
    public void record(long newcomerId, OutcomeInput input) {
        access.requireAny("outcome.record", Permission.COORDINATOR, Permission.ADMIN);
        validator.check(input);
        database.runInTransaction(em -> {
            Boolean consent = em.createQuery(
                            "select i.outcomeConsent from NewcomerIntake i where i.newcomerId = :n", Boolean.class)
                    .setParameter("n", newcomerId).getResultStream().findFirst()
                    .orElseThrow(() -> new NotFoundException("newcomer intake", newcomerId));
            if (!consent) {
                throw new RuleViolationException("buddy.outcome.noConsent");
            }
            if (answered(em, newcomerId, input.moment())) {
                throw new RuleViolationException("buddy.outcome.alreadyAnswered");
            }
            em.persist(new OutcomeMeasure(newcomerId, input));
        });
    }

    /** Averages per moment over every newcomer who answered, erased ones included (anonymously). */
    public List<OutcomeFigures> report() {
        access.requireAny("outcome.report", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> Arrays.stream(MeasureMoment.values()).map(moment -> {
            Object[] row = em.createQuery("""
                            select count(m), avg(m.selfConfidence), avg(m.outlook), avg(m.knowsWhereToGo),
                                   avg(m.localsSpokenTo), avg(m.wellbeing)
                            from OutcomeMeasure m where m.moment = :moment""", Object[].class)
                    .setParameter("moment", moment).getSingleResult();
            long n = (Long) row[0];
            boolean suppressed = n < OutcomeMeasure.Limits.MIN_CELL_SIZE;
            return new OutcomeFigures(moment, n, suppressed, average(row[1], suppressed), average(row[2], suppressed),
                    average(row[3], suppressed), average(row[4], suppressed), average(row[5], suppressed));
        }).toList());
    }

    private static boolean answered(EntityManager em, long newcomerId, MeasureMoment moment) {
        return em.createQuery("select count(m) from OutcomeMeasure m where m.newcomerId = :n and m.moment = :m", Long.class)
                .setParameter("n", newcomerId).setParameter("m", moment).getSingleResult() > 0;
    }

    private static OptionalDouble average(Object value, boolean suppressed) {
        return suppressed || value == null ? OptionalDouble.empty() : OptionalDouble.of(((Number) value).doubleValue());
    }
}
