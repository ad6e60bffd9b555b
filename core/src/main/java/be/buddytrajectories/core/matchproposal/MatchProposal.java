package be.buddytrajectories.core.matchproposal;

import be.buddytrajectories.core.persistence.IndexedChanges;
import be.buddytrajectories.core.persistence.IndexedVolunteers;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.validation.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;

/** One candidate buddy proposed for one newcomer's trajectory, and what was decided. */
@Entity
@Table(name = "buddy_match_proposal")
@EntityListeners(IndexedChanges.class)
public class MatchProposal implements IndexedVolunteers {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "trajectory_id", nullable = false)
    private long trajectoryId;

    @Column(name = "newcomer_id", nullable = false)
    private long newcomerId;

    @Column(name = "volunteer_id", nullable = false)
    private long volunteerId;

    @Column(name = "score", nullable = false)
    private double score;

    @Size(max = Limits.REASONS_LENGTH, message = "{buddy.text.tooLong}")
    @Column(name = "reasons", length = Limits.REASONS_LENGTH)
    private String reasons;

    @Column(name = "proposed_by")
    private Long proposedBy;

    /** In UTC. */
    @NotNull
    @Column(name = "proposed_at", nullable = false)
    private LocalDateTime proposedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 8)
    private Decision decision;

    @PlainText
    @Size(max = Limits.DECISION_REASON_LENGTH, message = "{buddy.text.tooLong}")
    @Column(name = "decision_reason", length = Limits.DECISION_REASON_LENGTH)
    private String decisionReason;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    protected MatchProposal() {
    }

    MatchProposal(long trajectoryId, long newcomerId, long volunteerId, double score, String reasons, Long proposedBy,
                  LocalDateTime proposedAt) {
        this.trajectoryId = trajectoryId;
        this.newcomerId = newcomerId;
        this.volunteerId = volunteerId;
        this.score = score;
        this.reasons = reasons;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    void accept(Long by, LocalDateTime at) {
        decide(Decision.ACCEPTED, null, by, at);
    }

    void reject(String reason, Long by, LocalDateTime at) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("buddy.proposal.rejectReasonRequired");
        }
        decide(Decision.REJECTED, reason.strip(), by, at);
    }

    private void decide(Decision outcome, String reason, Long by, LocalDateTime at) {
        if (decision != null) {
            throw new RuleViolationException("buddy.proposal.alreadyDecided");
        }
        decision = outcome;
        decisionReason = reason;
        decidedBy = by;
        decidedAt = at;
    }

    /** A rejected pair is kept out of the buddy's suggestions: his document holds it. */
    @Override
    public Set<Long> indexedVolunteers() {
        return Set.of(volunteerId);
    }

    public long id() {
        return id;
    }

    public long trajectoryId() {
        return trajectoryId;
    }

    public long newcomerId() {
        return newcomerId;
    }

    public long volunteerId() {
        return volunteerId;
    }

    public double score() {
        return score;
    }

    public Optional<String> reasons() {
        return Optional.ofNullable(reasons);
    }

    public LocalDateTime proposedAt() {
        return proposedAt;
    }

    public Optional<Decision> decision() {
        return Optional.ofNullable(decision);
    }

    public Optional<String> decisionReason() {
        return Optional.ofNullable(decisionReason);
    }

    public Optional<Long> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<LocalDateTime> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    /** Bounds shared by the columns, the constraints and the forms. */
    public static final class Limits {
        public static final int REASONS_LENGTH = 2000;
        public static final int DECISION_REASON_LENGTH = 500;

        private Limits() {
        }
    }
}
