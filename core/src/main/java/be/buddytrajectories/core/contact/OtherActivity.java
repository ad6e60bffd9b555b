package be.buddytrajectories.core.contact;

import be.buddytrajectories.core.validation.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.hibernate.validator.constraints.Range;

/**
 * A participation activity of the newcomer outside the duo's meetings (a language café, volunteering, a course
 * visit), confirmed by the coordinator who records it. It counts toward the duo's hours when the programme says so.
 */
@Entity
@Table(name = "buddy_other_activity")
public class OtherActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "trajectory_id", nullable = false)
    private long trajectoryId;

    @NotNull
    @Column(name = "done_on", nullable = false)
    private LocalDate doneOn;

    @Range(min = Contact.Limits.MIN_MINUTES, max = Contact.Limits.MAX_MINUTES, message = "{buddy.contact.minutes.range}")
    @Column(name = "minutes", nullable = false)
    private int minutes;

    @NotBlank(message = "{buddy.otherActivity.description.required}")
    @PlainText
    @Size(max = Limits.DESCRIPTION_LENGTH, message = "{buddy.text.tooLong}")
    @Column(name = "description", nullable = false, length = Limits.DESCRIPTION_LENGTH)
    private String description;

    /** The coordinator who confirmed it by recording it; null once he is erased. */
    @Column(name = "confirmed_by")
    private Long confirmedBy;

    /** In UTC. */
    @NotNull
    @Column(name = "confirmed_at", nullable = false)
    private LocalDateTime confirmedAt;

    protected OtherActivity() {
    }

    OtherActivity(long trajectoryId, OtherActivityInput input, Long confirmedBy, LocalDateTime confirmedAt) {
        this.trajectoryId = trajectoryId;
        this.doneOn = input.doneOn();
        this.minutes = input.minutes();
        this.description = input.description().strip();
        this.confirmedBy = confirmedBy;
        this.confirmedAt = confirmedAt;
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

    public LocalDate doneOn() {
        return doneOn;
    }

    public int minutes() {
        return minutes;
    }

    public String description() {
        return description;
    }

    /** Bounds shared by the column, the constraints and the form. */
    public static final class Limits {
        public static final int DESCRIPTION_LENGTH = 200;

        private Limits() {
        }
    }
}
