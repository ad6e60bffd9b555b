package be.buddytrajectories.core.pulse;

import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;

/** One answer of a participant of a running duo. */
@Entity
@Table(name = "buddy_participant_answer")
public class ParticipantAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "trajectory_id", nullable = false)
    private long trajectoryId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "respondent", nullable = false, length = 10)
    private Respondent respondent;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "question", nullable = false, length = 10)
    private Question question;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "answer", nullable = false, length = 10)
    private Answer answer;

    /** In UTC. */
    @NotNull
    @Column(name = "answered_at", nullable = false)
    private LocalDateTime answeredAt;

    protected ParticipantAnswer() {
    }

    private ParticipantAnswer(long trajectoryId, Respondent respondent, Question question, Answer answer,
                              LocalDateTime answeredAt) {
        this.trajectoryId = trajectoryId;
        this.respondent = respondent;
        this.question = question;
        this.answer = answer;
        this.answeredAt = answeredAt;
    }

    /**
     * An answer given about a running duo.
     *
     * @throws RuleViolationException when the duo is not active or paused
     */
    static ParticipantAnswer given(Trajectory duo, Respondent respondent, Question question, Answer answer,
                                   LocalDateTime at) {
        if (duo.status() != TrajectoryStatus.ACTIVE && duo.status() != TrajectoryStatus.PAUSED) {
            throw new RuleViolationException("buddy.answer.duoNotRunning");
        }
        return new ParticipantAnswer(duo.id(), respondent, question, answer, at);
    }

    public long id() {
        return id;
    }

    public long trajectoryId() {
        return trajectoryId;
    }

    public Respondent respondent() {
        return respondent;
    }

    public Question question() {
        return question;
    }

    public Answer answer() {
        return answer;
    }

    public LocalDateTime answeredAt() {
        return answeredAt;
    }
}
