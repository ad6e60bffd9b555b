package be.buddytrajectories.core.proof;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The verification record of one issued proof: its code and the figures printed on it, frozen at issue so that a
 * check shows what the paper says. It holds no name and no contact; after the newcomer's erasure it loses its duo
 * and stays checkable.
 */
@Entity
@Table(name = "buddy_proof_verification")
public class ProofVerification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Size(min = Limits.CODE_LENGTH, max = Limits.CODE_LENGTH)
    @Column(name = "code", nullable = false, unique = true, length = Limits.CODE_LENGTH)
    private String code;

    /** Null once the newcomer is erased or the duo anonymised. */
    @Column(name = "trajectory_id")
    private Long trajectoryId;

    @NotNull
    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @NotNull
    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @NotNull
    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    /** Hours as printed, in quarters (the proof rounds down to the quarter). */
    @Min(0)
    @Column(name = "quarter_hours", nullable = false)
    private int quarterHours;

    @Min(0)
    @Column(name = "confirmed_quarter_hours", nullable = false)
    private int confirmedQuarterHours;

    @Min(0)
    @Column(name = "hours_target", nullable = false)
    private int hoursTarget;

    @Column(name = "target_reached", nullable = false)
    private boolean targetReached;

    /** The thank-you mail that carries this proof: a retried mail carries the same code. */
    @Column(name = "mail_id")
    private Long mailId;

    /** In UTC. */
    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected ProofVerification() {
    }

    /** The record of a proof issued now with these figures, for a coordinator or (with its id) a mail. */
    ProofVerification(String code, ProofOfParticipation proof, Long mailId) {
        this.code = code;
        this.mailId = mailId;
        this.trajectoryId = proof.trajectoryId();
        this.issuedOn = proof.issuedOn();
        this.periodFrom = proof.from();
        this.periodTo = proof.to();
        this.quarterHours = (int) Math.round(proof.hours() * 4);
        this.confirmedQuarterHours = (int) Math.round(proof.confirmedHours() * 4);
        this.hoursTarget = proof.hoursTarget();
        this.targetReached = proof.targetReached();
    }

    /** True when this record states exactly the figures of {@code proof}, so the same paper can carry its code. */
    boolean states(ProofOfParticipation proof) {
        return issuedOn.equals(proof.issuedOn()) && periodFrom.equals(proof.from()) && periodTo.equals(proof.to())
                && quarterHours == Math.round(proof.hours() * 4)
                && confirmedQuarterHours == Math.round(proof.confirmedHours() * 4)
                && hoursTarget == proof.hoursTarget() && targetReached == proof.targetReached();
    }

    /** The proof no longer checks as valid; revoking it again keeps the first moment. */
    void revoke(LocalDateTime at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public long id() {
        return id;
    }

    String code() {
        return code;
    }

    public Optional<Long> trajectoryId() {
        return Optional.ofNullable(trajectoryId);
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public double hours() {
        return quarterHours / 4.0;
    }

    public double confirmedHours() {
        return confirmedQuarterHours / 4.0;
    }

    public int hoursTarget() {
        return hoursTarget;
    }

    public boolean targetReached() {
        return targetReached;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    /** Bounds shared by the column, the constraints and the check form. */
    public static final class Limits {
        /** 10 characters of 29: about 4 x 10^14 codes (48 bits), against 30 guesses a minute per address. */
        public static final int CODE_LENGTH = 10;
        /** The longest text the check form takes (a code with spaces or dashes between its characters). */
        public static final int TYPED_LENGTH = 30;

        private Limits() {
        }
    }
}
