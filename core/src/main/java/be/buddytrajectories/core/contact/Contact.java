package be.buddytrajectories.core.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.hibernate.validator.constraints.Range;

/** One meeting of a duo. */
@Entity
@Table(name = "buddy_contact")
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "trajectory_id", nullable = false)
    private long trajectoryId;

    @NotNull
    @Column(name = "met_on", nullable = false)
    private LocalDate metOn;

    @Range(min = Limits.MIN_MINUTES, max = Limits.MAX_MINUTES, message = "{buddy.contact.minutes.range}")
    @Column(name = "minutes", nullable = false)
    private int minutes;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type", nullable = false, length = 20)
    private ActivityType activityType;

    @Column(name = "dutch_practised", nullable = false)
    private boolean dutchPractised;

    @Column(name = "discovered_new", nullable = false)
    private boolean discoveredNew;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "logged_by", nullable = false, length = 12)
    private LoggedBy loggedBy;

    @Column(name = "logged_by_person")
    private Long loggedByPerson;

    /** In UTC. */
    @NotNull
    @Column(name = "logged_at", nullable = false)
    private LocalDateTime loggedAt;

    @Column(name = "verified", nullable = false)
    private boolean verified;

    /** When the newcomer confirmed "we met" through his personal link, in UTC. */
    @Column(name = "confirmed_by_newcomer_at")
    private LocalDateTime confirmedByNewcomerAt;

    /** Seen by coordinators only. */
    @Size(max = Limits.NOTE_LENGTH, message = "{buddy.text.tooLong}")
    @Column(name = "coordinator_note", length = Limits.NOTE_LENGTH)
    private String coordinatorNote;

    protected Contact() {
    }

    Contact(long trajectoryId, ContactInput input, LoggedBy loggedBy, Long loggedByPerson, LocalDateTime loggedAt,
            boolean verified) {
        this.trajectoryId = trajectoryId;
        this.metOn = input.metOn();
        this.minutes = input.minutes();
        this.activityType = input.activityType();
        this.dutchPractised = input.dutchPractised();
        this.discoveredNew = input.discoveredNew();
        this.loggedBy = loggedBy;
        this.loggedByPerson = loggedByPerson;
        this.loggedAt = loggedAt;
        this.verified = verified;
        this.coordinatorNote = input.coordinatorNote();
    }

    void verify() {
        verified = true;
    }

    /** The newcomer says this meeting took place; a second confirmation keeps the first moment. */
    void confirmByNewcomer(LocalDateTime at) {
        if (confirmedByNewcomerAt == null) {
            confirmedByNewcomerAt = at;
        }
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long trajectoryId() {
        return trajectoryId;
    }

    public LocalDate metOn() {
        return metOn;
    }

    public int minutes() {
        return minutes;
    }

    public ActivityType activityType() {
        return activityType;
    }

    public boolean dutchPractised() {
        return dutchPractised;
    }

    /** A new place or a new person discovered during the meeting: the network part of the PNT. */
    public boolean discoveredNew() {
        return discoveredNew;
    }

    public LoggedBy loggedBy() {
        return loggedBy;
    }

    public boolean verified() {
        return verified;
    }

    public boolean confirmedByNewcomer() {
        return confirmedByNewcomerAt != null;
    }

    /** Counts as confirmed in the proof of participation: verified by a coordinator or confirmed by the newcomer. */
    public boolean confirmed() {
        return verified || confirmedByNewcomer();
    }

    /** For coordinators only: {@link ContactService} leaves it out for anyone else. */
    public Optional<String> coordinatorNote() {
        return Optional.ofNullable(coordinatorNote);
    }

    /** Bounds shared by the columns, the constraints and the forms. */
    public static final class Limits {
        public static final int MIN_MINUTES = 5;
        public static final int MAX_MINUTES = 720;
        public static final int NOTE_LENGTH = 1000;

        private Limits() {
        }
    }
}
