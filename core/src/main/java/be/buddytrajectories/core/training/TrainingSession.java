package be.buddytrajectories.core.training;

import be.buddytrajectories.core.attendance.AttendedSession;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.constraints.Range;

/** A training or intervision session for buddies, with who attended. */
@Entity
@Table(name = "buddy_training_session")
public class TrainingSession extends AttendedSession {

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 15)
    private TrainingKind kind;

    /** Null for a session planned before durations were asked: it counts no training hours. */
    @Range(min = MIN_MINUTES, max = MAX_MINUTES, message = "{buddy.contact.minutes.range}")
    @Column(name = "minutes")
    private Integer minutes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "buddy_training_attendance", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "volunteer_id", nullable = false)
    private Set<Long> attendees = new LinkedHashSet<>();

    protected TrainingSession() {
    }

    public TrainingSession(TrainingKind kind, String title, LocalDate heldOn, int minutes) {
        super(title, heldOn);
        this.kind = kind;
        this.minutes = minutes;
    }

    /** Which buddies attended, once the session took place. */
    void recordAttendance(Set<Long> volunteers, LocalDate today) {
        requireHeld(today);
        attendees.clear();
        attendees.addAll(volunteers);
    }

    /** Removes an erased person from the attendance; the session's head count drops with him. */
    public void forgetAttendee(long volunteerId) {
        attendees.remove(volunteerId);
    }

    public TrainingKind kind() {
        return kind;
    }

    /** How long the session lasted, unknown for a session planned before durations were asked. */
    public Optional<Integer> minutes() {
        return Optional.ofNullable(minutes);
    }

    public Set<Long> attendees() {
        return Set.copyOf(attendees);
    }
}
