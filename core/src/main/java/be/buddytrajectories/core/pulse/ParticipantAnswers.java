package be.buddytrajectories.core.pulse;

import be.buddytrajectories.core.trajectory.Trajectory;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The one write path of answers, and the reads other features need inside their own transaction (the newcomer's
 * page, alerts). Checks no permission: callers have checked theirs.
 */
public final class ParticipantAnswers {

    private ParticipantAnswers() {
    }

    /** Stores an answer about a running duo. */
    public static ParticipantAnswer record(EntityManager em, Trajectory duo, Respondent respondent, Question question,
                                           Answer answer, LocalDateTime at) {
        ParticipantAnswer given = ParticipantAnswer.given(duo, respondent, question, answer, at);
        em.persist(given);
        return given;
    }

    /** The latest answer of one respondent to one question about a duo. */
    public static Optional<ParticipantAnswer> latest(EntityManager em, long trajectoryId, Respondent respondent,
                                                     Question question) {
        return em.createQuery("""
                        select a from ParticipantAnswer a
                        where a.trajectoryId = :t and a.respondent = :r and a.question = :q
                        order by a.answeredAt desc, a.id desc""", ParticipantAnswer.class)
                .setParameter("t", trajectoryId).setParameter("r", respondent).setParameter("q", question)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Every answer about these duos, oldest first. */
    public static List<ParticipantAnswer> of(EntityManager em, List<Long> trajectoryIds) {
        if (trajectoryIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select a from ParticipantAnswer a where a.trajectoryId in :ids
                        order by a.answeredAt, a.id""", ParticipantAnswer.class)
                .setParameter("ids", trajectoryIds).getResultList();
    }
}
