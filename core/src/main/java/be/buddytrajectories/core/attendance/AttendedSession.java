package be.buddytrajectories.core.attendance;

import be.buddytrajectories.core.rules.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A gathering on one day, with a title; its attendance can be recorded once that day has come. */
@MappedSuperclass
public abstract class AttendedSession {

    /** Shared by the column, the constraints of the entity and of the inputs, and the forms. */
    public static final int TITLE_LENGTH = 120;
    /** A session's duration in minutes: shared like the title's length. */
    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 720;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @NotBlank(message = "{buddy.session.title.required}")
    @Size(max = TITLE_LENGTH, message = "{buddy.text.tooLong}")
    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @NotNull(message = "{buddy.session.date.required}")
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    protected AttendedSession() {
    }

    protected AttendedSession(String title, LocalDate heldOn) {
        this.title = title;
        this.heldOn = heldOn;
    }

    /** @throws RuleViolationException when the session is still to come on {@code today} */
    protected void requireHeld(LocalDate today) {
        if (heldOn.isAfter(today)) {
            throw new RuleViolationException("buddy.session.notYetHeld", heldOn);
        }
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
}
