package be.buddytrajectories.core.training;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.profile.BuddyProfiles;
import be.buddytrajectories.core.rules.NotFoundException;
import be.buddytrajectories.core.rules.Versions;
import be.buddytrajectories.core.validation.InputValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Planning training sessions and recording attendance; coordinators plan, a buddy reads his own record. */
@ApplicationScoped
public class TrainingService {

    private final BuddyDatabase database;
    private final AccessGuard access;
    private final InputValidator validator;
    private final Clock clock;

    @Inject
    public TrainingService(BuddyDatabase database, AccessGuard access, InputValidator validator, Clock clock) {
        this.database = database;
        this.access = access;
        this.validator = validator;
        this.clock = clock;
    }

    public TrainingSession plan(TrainingSessionInput input) {
        access.requireAny("training.plan", Permission.COORDINATOR, Permission.ADMIN);
        validator.check(input);
        return database.inTransaction(em -> {
            TrainingSession session = new TrainingSession(input.kind(), input.title().strip(), input.heldOn(),
                    input.minutes());
            em.persist(session);
            return session;
        });
    }

    /**
     * Records who attended a session that took place. Attendance of a basic training marks each attendee as
     * trained (from that date) and tells the index.
     */
    public TrainingSession recordAttendance(long sessionId, long expectedVersion, Set<Long> volunteerIds) {
        access.requireAny("training.attendance", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> {
            TrainingSession session = em.find(TrainingSession.class, sessionId);
            if (session == null) {
                throw new NotFoundException("training session", sessionId);
            }
            Versions.require(session.version(), expectedVersion);
            volunteerIds.forEach(id -> BuddyProfiles.get(em, id));
            session.recordAttendance(volunteerIds, LocalDate.now(clock));
            if (session.kind() == TrainingKind.BASIC_TRAINING) {
                for (long id : volunteerIds) {
                    BuddyProfiles.get(em, id).recordBasicTraining(session.heldOn());
                }
            }
            em.flush();
            return session;
        });
    }

    /** Every session, latest first. */
    public List<TrainingSession> sessions() {
        access.requireAny("training.sessions", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> em.createQuery(
                "select s from TrainingSession s order by s.heldOn desc, s.id desc", TrainingSession.class).getResultList());
    }

    /** A buddy's training in the twelve months up to today: the buddy himself or a coordinator. */
    public TrainingHours lastYearOf(long volunteerId) {
        LocalDate today = LocalDate.now(clock);
        List<TrainingSession> attended = attendedBy(volunteerId).stream()
                .filter(s -> s.heldOn().isAfter(today.minusYears(1)) && !s.heldOn().isAfter(today)).toList();
        return new TrainingHours(attended.size(), attended.stream().mapToLong(s -> s.minutes().orElse(0)).sum(),
                (int) attended.stream().filter(s -> s.minutes().isEmpty()).count());
    }

    /** The sessions a buddy attended: the buddy himself or a coordinator. */
    public List<TrainingSession> attendedBy(long volunteerId) {
        access.requireSelfOr("training.attendedBy", volunteerId, Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> em.createQuery("""
                        select s from TrainingSession s join s.attendees a where a = :v
                        order by s.heldOn desc""", TrainingSession.class)
                .setParameter("v", volunteerId).getResultList());
    }
}
