package be.buddytrajectories.core.training;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** A training or intervision session for buddies, with who attended. */
@Entity
@Table(name = "buddy_training_session")
public class TrainingSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 15)
    private TrainingKind kind;

    @NotBlank(message = "{buddy.session.title.required}")
    @Size(max = Limits.TITLE_LENGTH, message = "{buddy.text.tooLong}")
    @Column(name = "title", nullable = false, length = Limits.TITLE_LENGTH)
    private String title;

    @NotNull(message = "{buddy.session.date.required}")
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "buddy_training_attendance", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "volunteer_id", nullable = false)
    private Set<Long> attendees = new LinkedHashSet<>();

    protected TrainingSession() {
    }

    public TrainingSession(TrainingKind kind, String title, LocalDate heldOn) {
        this.kind = kind;
        this.title = title;
        this.heldOn = heldOn;
    }

    void recordAttendance(Set<Long> volunteers) {
        attendees.clear();
        attendees.addAll(volunteers);
    }

    /** Removes an erased person from the attendance; the session's head count drops with him. */
    public void forgetAttendee(long volunteerId) {
        attendees.remove(volunteerId);
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public TrainingKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public Set<Long> attendees() {
        return Set.copyOf(attendees);
    }

    /** Bounds shared by the columns, the constraints and the forms. */
    public static final class Limits {
        public static final int TITLE_LENGTH = 120;

        private Limits() {
        }
    }
}
