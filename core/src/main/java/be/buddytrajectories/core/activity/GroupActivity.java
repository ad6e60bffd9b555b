package be.buddytrajectories.core.activity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
import org.hibernate.validator.constraints.Range;

/** A group activity for all duos, and the host people (buddies and newcomers) who attended. */
@Entity
@Table(name = "buddy_group_activity")
public class GroupActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @NotBlank(message = "{buddy.session.title.required}")
    @Size(max = Limits.TITLE_LENGTH, message = "{buddy.text.tooLong}")
    @Column(name = "title", nullable = false, length = Limits.TITLE_LENGTH)
    private String title;

    @NotNull(message = "{buddy.session.date.required}")
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Range(min = Limits.MIN_MINUTES, max = Limits.MAX_MINUTES, message = "{buddy.contact.minutes.range}")
    @Column(name = "minutes", nullable = false)
    private int minutes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "buddy_group_activity_attendance", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "person_id", nullable = false)
    private Set<Long> attendees = new LinkedHashSet<>();

    protected GroupActivity() {
    }

    GroupActivity(String title, LocalDate heldOn, int minutes) {
        this.title = title;
        this.heldOn = heldOn;
        this.minutes = minutes;
    }

    void recordAttendance(Set<Long> people) {
        attendees.clear();
        attendees.addAll(people);
    }

    /** Removes an erased person from the attendance; the session's head count drops with him. */
    public void forgetAttendee(long personId) {
        attendees.remove(personId);
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String title() {
        return title;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public int minutes() {
        return minutes;
    }

    public Set<Long> attendees() {
        return Set.copyOf(attendees);
    }

    /** Bounds shared by the columns, the constraints and the forms. */
    public static final class Limits {
        public static final int TITLE_LENGTH = 120;
        public static final int MIN_MINUTES = 5;
        public static final int MAX_MINUTES = 720;

        private Limits() {
        }
    }
}
