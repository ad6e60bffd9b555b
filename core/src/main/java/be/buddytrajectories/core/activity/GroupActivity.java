package be.buddytrajectories.core.activity;

import be.buddytrajectories.core.attendance.AttendedSession;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.validator.constraints.Range;

/** A group activity for all duos, and the host people (buddies and newcomers) who attended. */
@Entity
@Table(name = "buddy_group_activity")
public class GroupActivity extends AttendedSession {

    @Range(min = MIN_MINUTES, max = MAX_MINUTES, message = "{buddy.contact.minutes.range}")
    @Column(name = "minutes", nullable = false)
    private int minutes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "buddy_group_activity_attendance", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "person_id", nullable = false)
    private Set<Long> attendees = new LinkedHashSet<>();

    protected GroupActivity() {
    }

    GroupActivity(String title, LocalDate heldOn, int minutes) {
        super(title, heldOn);
        this.minutes = minutes;
    }

    /** Who attended (host person ids of buddies and newcomers), once the activity took place. */
    void recordAttendance(Set<Long> people, LocalDate today) {
        requireHeld(today);
        attendees.clear();
        attendees.addAll(people);
    }

    /** Removes an erased person from the attendance; the session's head count drops with him. */
    public void forgetAttendee(long personId) {
        attendees.remove(personId);
    }

    public int minutes() {
        return minutes;
    }

    public Set<Long> attendees() {
        return Set.copyOf(attendees);
    }
}
