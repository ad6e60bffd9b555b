package be.buddytrajectories.core.newcomerlink;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Optional;

/** A newcomer's personal link to his duo's page; the token itself is never stored, only its SHA-256. */
@Entity
@Table(name = "buddy_newcomer_link")
public class NewcomerLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "trajectory_id", nullable = false)
    private long trajectoryId;

    @NotNull
    @Size(min = 64, max = 64)
    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    /** In UTC. */
    @NotNull
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** In UTC. */
    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected NewcomerLink() {
    }

    NewcomerLink(long trajectoryId, String tokenHash, LocalDateTime createdAt) {
        this.trajectoryId = trajectoryId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    /** The link stops working; revoking it again keeps the first moment. */
    void revoke(LocalDateTime at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public long id() {
        return id;
    }

    public long trajectoryId() {
        return trajectoryId;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public Optional<LocalDateTime> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
