package be.buddytrajectories.core.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.hibernate.validator.constraints.Range;

/**
 * A newcomer's answers at one moment. After erasure or anonymisation the newcomer id is removed and the answers
 * stay, anonymous, for the aggregate report.
 */
@Entity
@Table(name = "buddy_outcome_measure")
public class OutcomeMeasure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "newcomer_id")
    private Long newcomerId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "moment", nullable = false, length = 8)
    private MeasureMoment moment;

    @NotNull
    @Column(name = "measured_on", nullable = false)
    private LocalDate measuredOn;

    @Range(min = Limits.MIN_SCALE, max = Limits.MAX_SCALE, message = "{buddy.outcome.scale.range}")
    @Column(name = "self_confidence", nullable = false)
    private int selfConfidence;

    @Range(min = Limits.MIN_SCALE, max = Limits.MAX_SCALE, message = "{buddy.outcome.scale.range}")
    @Column(name = "outlook", nullable = false)
    private int outlook;

    @Range(min = Limits.MIN_SCALE, max = Limits.MAX_SCALE, message = "{buddy.outcome.scale.range}")
    @Column(name = "knows_where_to_go", nullable = false)
    private int knowsWhereToGo;

    @Range(min = 0, max = Limits.MAX_LOCALS, message = "{buddy.outcome.locals.range}")
    @Column(name = "locals_spoken_to", nullable = false)
    private int localsSpokenTo;

    @Range(min = Limits.MIN_SCALE, max = Limits.MAX_SCALE, message = "{buddy.outcome.scale.range}")
    @Column(name = "wellbeing", nullable = false)
    private int wellbeing;

    protected OutcomeMeasure() {
    }

    OutcomeMeasure(long newcomerId, OutcomeInput input) {
        this.newcomerId = newcomerId;
        this.moment = input.moment();
        this.measuredOn = input.measuredOn();
        this.selfConfidence = input.selfConfidence();
        this.outlook = input.outlook();
        this.knowsWhereToGo = input.knowsWhereToGo();
        this.localsSpokenTo = input.localsSpokenTo();
        this.wellbeing = input.wellbeing();
    }

    public long id() {
        return id;
    }

    /** Empty once the newcomer was erased or anonymised. */
    public Optional<Long> newcomerId() {
        return Optional.ofNullable(newcomerId);
    }

    public MeasureMoment moment() {
        return moment;
    }

    public LocalDate measuredOn() {
        return measuredOn;
    }

    public int selfConfidence() {
        return selfConfidence;
    }

    public int outlook() {
        return outlook;
    }

    public int knowsWhereToGo() {
        return knowsWhereToGo;
    }

    /** Locals the newcomer spoke to in the last four weeks. */
    public int localsSpokenTo() {
        return localsSpokenTo;
    }

    public int wellbeing() {
        return wellbeing;
    }

    /** Bounds shared by the columns, the constraints, the forms and the report. */
    public static final class Limits {
        public static final int MIN_SCALE = 1;
        public static final int MAX_SCALE = 5;
        public static final int MAX_LOCALS = 200;
        /** Groups smaller than this are not reported. */
        public static final int MIN_CELL_SIZE = 5;

        private Limits() {
        }
    }
}
