package be.buddytrajectories.core.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The programme's settings. There is exactly one row, with id {@link #SINGLETON_ID}. */
@Entity
@Table(name = "buddy_programme_settings")
public class ProgrammeSettings {

    static final long SINGLETON_ID = 1L;

    @Id
    private Long id;

    @Version
    private long version;

    @Min(value = Limits.MIN_HOURS_TARGET, message = "{buddy.programme.hoursTarget.range}")
    @Max(value = Limits.MAX_HOURS_TARGET, message = "{buddy.programme.hoursTarget.range}")
    @Column(name = "hours_target", nullable = false)
    private int hoursTarget;

    @Min(value = Limits.MIN_DURATION_MONTHS, message = "{buddy.programme.duration.range}")
    @Max(value = Limits.MAX_DURATION_MONTHS, message = "{buddy.programme.duration.range}")
    @Column(name = "planned_duration_months", nullable = false)
    private int plannedDurationMonths;

    protected ProgrammeSettings() {
    }

    public int hoursTarget() {
        return hoursTarget;
    }

    public int plannedDurationMonths() {
        return plannedDurationMonths;
    }

    /** Bounds shared by the column, the constraint and the admin form. */
    public static final class Limits {
        public static final int MIN_HOURS_TARGET = 1;
        public static final int MAX_HOURS_TARGET = 500;
        public static final int MIN_DURATION_MONTHS = 1;
        public static final int MAX_DURATION_MONTHS = 36;

        private Limits() {
        }
    }
}
