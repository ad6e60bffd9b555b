package be.buddytrajectories.core.signup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * One submission of a public form from a client address, counted for the limit per address. The address is kept as
 * its SHA-256 and only for {@link SignupLimits#WINDOW}.
 */
@Entity
@Table(name = "buddy_public_submission")
public class PublicSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Size(min = Limits.ADDRESS_HASH_LENGTH, max = Limits.ADDRESS_HASH_LENGTH)
    @Column(name = "address_hash", nullable = false, length = Limits.ADDRESS_HASH_LENGTH)
    private String addressHash;

    /** In UTC. */
    @NotNull
    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    protected PublicSubmission() {
    }

    PublicSubmission(String addressHash, LocalDateTime submittedAt) {
        this.addressHash = addressHash;
        this.submittedAt = submittedAt;
    }

    /** Bounds shared by the column and the constraint. */
    public static final class Limits {
        /** SHA-256 in hex. */
        public static final int ADDRESS_HASH_LENGTH = 64;

        private Limits() {
        }
    }
}
