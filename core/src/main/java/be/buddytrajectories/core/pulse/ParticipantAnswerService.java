package be.buddytrajectories.core.pulse;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.AccessDeniedException;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/** The participants' answers: given by the buddy (one-click mail links), read by coordinators on the duo screen. */
@ApplicationScoped
public class ParticipantAnswerService {

    private final BuddyDatabase database;
    private final AccessGuard access;
    private final Clock clock;

    @Inject
    public ParticipantAnswerService(BuddyDatabase database, AccessGuard access, Clock clock) {
        this.database = database;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Stores the answer of a signed-in buddy, or of a coordinator for him. A buddy without an account answers through
     * the signed one-click link of his check-in invitation ({@code core.mail.MailAnswers}).
     *
     * @throws AccessDeniedException when {@code buddyId} is no buddy of the duo, or the caller is someone else
     */
    public ParticipantAnswer answerAsBuddy(long trajectoryId, long buddyId, Question question, Answer answer) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        if (!access.isBuddy(buddyId) && !access.holdsAny(Permission.COORDINATOR, Permission.ADMIN)) {
            throw new AccessDeniedException("answer.asBuddy");
        }
        return database.inTransaction(em -> {
            Trajectory duo = TrajectoryAccess.load(em, trajectoryId);
            if (!duo.hasBuddy(buddyId)) {
                throw new AccessDeniedException("answer.asBuddy");
            }
            return ParticipantAnswers.record(em, duo, Respondent.BUDDY, question, answer,
                    LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        });
    }

    /** Every answer about a duo, newest first. Coordinators and admins. */
    public List<ParticipantAnswer> of(long trajectoryId) {
        access.requireAny("answer.of", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> {
            TrajectoryAccess.load(em, trajectoryId);
            return em.createQuery("""
                            select a from ParticipantAnswer a where a.trajectoryId = :t
                            order by a.answeredAt desc, a.id desc""", ParticipantAnswer.class)
                    .setParameter("t", trajectoryId).getResultList();
        });
    }
}
