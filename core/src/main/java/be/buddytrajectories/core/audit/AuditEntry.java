package be.buddytrajectories.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** One audited action. Written once, never changed. */
@Entity
@Table(name = "buddy_audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** In UTC. */
    @NotNull
    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    /** The host person who acted, or null for the system (retention job). */
    @Column(name = "actor_person_id")
    private Long actorPersonId;

    @Size(max = Limits.ACTOR_LENGTH)
    @Column(name = "actor_username", length = Limits.ACTOR_LENGTH)
    private String actorUsername;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 40)
    private AuditAction action;

    @Column(name = "subject_person_id")
    private Long subjectPersonId;

    @Size(max = Limits.DETAIL_LENGTH)
    @Column(name = "detail", length = Limits.DETAIL_LENGTH)
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(LocalDateTime recordedAt, Long actorPersonId, String actorUsername, AuditAction action,
               Long subjectPersonId, String detail) {
        this.recordedAt = recordedAt;
        this.actorPersonId = actorPersonId;
        this.actorUsername = actorUsername;
        this.action = action;
        this.subjectPersonId = subjectPersonId;
        this.detail = detail == null || detail.length() <= Limits.DETAIL_LENGTH ? detail
                : detail.substring(0, Limits.DETAIL_LENGTH);
    }

    public long id() {
        return id;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }

    public Optional<String> actorUsername() {
        return Optional.ofNullable(actorUsername);
    }

    public AuditAction action() {
        return action;
    }

    public Optional<Long> subjectPersonId() {
        return Optional.ofNullable(subjectPersonId);
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    /** Bounds shared by the columns and the constraints. */
    public static final class Limits {
        public static final int ACTOR_LENGTH = 100;
        public static final int DETAIL_LENGTH = 300;

        private Limits() {
        }
    }
}
