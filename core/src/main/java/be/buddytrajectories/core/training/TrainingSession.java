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
import java.util.Set;

/** A training or intervision session for buddies, with who attended. */
@Entity
@Table(name = "buddy_training_session")
public class TrainingSession extends AttendedSession {

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 15)
    private TrainingKind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "buddy_training_attendance", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "volunteer_id", nullable = false)
    private Set<Long> attendees = new LinkedHashSet<>();

    protected TrainingSession() {
    }

    public TrainingSession(TrainingKind kind, String title, LocalDate heldOn) {
        super(title, heldOn);
        this.kind = kind;
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

    public Set<Long> attendees() {
        return Set.copyOf(attendees);
    }
}
