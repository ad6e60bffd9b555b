package be.buddytrajectories.core.profile;

import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.validation.PlausibleDate;
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
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One screening in a buddy's history: what it was, when it was issued and until when it is valid. Never changed
 * once recorded: a renewal is a new screening.
 */
@Entity
@Table(name = "buddy_screening")
public class Screening {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "volunteer_id", nullable = false)
    private long volunteerId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = ScreeningKind.NAME_LENGTH)
    private ScreeningKind kind;

    @NotNull
    @PlausibleDate
    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @NotNull
    @PlausibleDate
    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    /** The host person who recorded it; null for screenings carried over from before the history existed. */
    @Column(name = "recorded_by")
    private Long recordedBy;

    @Size(max = Limits.NOTE_LENGTH, message = "{buddy.text.tooLong}")
    @Column(name = "note", length = Limits.NOTE_LENGTH)
    private String note;

    protected Screening() {
    }

    /**
     * @throws RuleViolationException when issued after {@code today}, or when not valid for at least a day after
     *                                being issued
     */
    Screening(long volunteerId, ScreeningInput input, int validMonths, Long recordedBy, LocalDate today) {
        if (input.issuedOn().isAfter(today)) {
            throw new RuleViolationException("buddy.screening.issuedInFuture", input.issuedOn());
        }
        LocalDate until = input.issuedOn().plusMonths(validMonths);
        if (!until.isAfter(input.issuedOn())) {
            throw new RuleViolationException("buddy.screening.validityOrder", input.issuedOn(), until);
        }
        this.volunteerId = volunteerId;
        this.kind = Objects.requireNonNull(input.kind(), "kind");
        this.issuedOn = input.issuedOn();
        this.validUntil = until;
        this.recordedBy = recordedBy;
        this.note = input.note();
    }

    public long id() {
        return id;
    }

    public long volunteerId() {
        return volunteerId;
    }

    public ScreeningKind kind() {
        return kind;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    /** The last day on which it is valid. */
    public LocalDate validUntil() {
        return validUntil;
    }

    public Optional<Long> recordedBy() {
        return Optional.ofNullable(recordedBy);
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** Whether it makes the buddy screened on {@code day}. */
    public boolean countsOn(LocalDate day) {
        return kind.makesScreened() && !day.isBefore(issuedOn) && !day.isAfter(validUntil);
    }

    /** Bounds shared by the column, the constraint and the form. */
    public static final class Limits {
        public static final int NOTE_LENGTH = 200;

        private Limits() {
        }
    }
}
