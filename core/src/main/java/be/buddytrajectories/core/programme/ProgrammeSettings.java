package be.buddytrajectories.core.programme;

import be.buddytrajectories.search.profile.MatchWeights;
import be.buddytrajectories.search.profile.ProgrammeRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import org.hibernate.validator.constraints.Range;

/** The programme's settings. There is exactly one row, with id {@link #SINGLETON_ID}. */
@Entity
@Table(name = "buddy_programme_settings")
public class ProgrammeSettings {

    static final long SINGLETON_ID = 1L;

    @Id
    private Long id;

    @Version
    private long version;

    @Range(min = Limits.MIN_HOURS_TARGET, max = Limits.MAX_HOURS_TARGET, message = "{buddy.programme.hoursTarget.range}")
    @Column(name = "hours_target", nullable = false)
    private int hoursTarget;

    @Range(min = Limits.MIN_DURATION_MONTHS, max = Limits.MAX_DURATION_MONTHS, message = "{buddy.programme.duration.range}")
    @Column(name = "planned_duration_months", nullable = false)
    private int plannedDurationMonths;

    @NotBlank(message = "{buddy.programme.checkInSchedule.format}")
    @Pattern(regexp = Limits.CHECK_IN_SCHEDULE_PATTERN, message = "{buddy.programme.checkInSchedule.format}")
    @Column(name = "check_in_schedule", nullable = false, length = Limits.CHECK_IN_SCHEDULE_LENGTH)
    private String checkInSchedule;

    @Range(min = 1, max = Limits.MAX_CHECK_IN_REPEAT_MONTHS, message = "{buddy.programme.checkInRepeat.range}")
    @Column(name = "check_in_repeat_months", nullable = false)
    private int checkInRepeatMonths;

    @Range(min = 1, max = Limits.MAX_NO_CONTACT_DAYS, message = "{buddy.programme.noContact.range}")
    @Column(name = "no_contact_warning_days", nullable = false)
    private int noContactWarningDays;

    @Range(min = 1, max = Limits.MAX_NO_CONTACT_DAYS, message = "{buddy.programme.noContact.range}")
    @Column(name = "no_contact_alert_days", nullable = false)
    private int noContactAlertDays;

    @Range(min = 0, max = Limits.MAX_END_WARNING_DAYS, message = "{buddy.programme.endWarning.range}")
    @Column(name = "planned_end_warning_days", nullable = false)
    private int plannedEndWarningDays;

    @Column(name = "training_required", nullable = false)
    private boolean trainingRequired;

    @Column(name = "screening_required", nullable = false)
    private boolean screeningRequired;

    @Range(min = Limits.MIN_SCREENING_VALID_MONTHS, max = Limits.MAX_SCREENING_VALID_MONTHS,
            message = "{buddy.programme.screeningValidMonths.range}")
    @Column(name = "screening_valid_months", nullable = false)
    private int screeningValidMonths;

    /** Group activities the newcomer attended while his duo ran count toward its hours. */
    @Column(name = "group_activities_count", nullable = false)
    private boolean groupActivitiesCount;

    /** Other participation activities the coordinator confirmed count toward the duo's hours. */
    @Column(name = "other_activities_count", nullable = false)
    private boolean otherActivitiesCount;

    @Range(min = 1, max = Limits.MAX_DISTANCE_KM, message = "{buddy.programme.maxDistance.range}")
    @Column(name = "max_distance_km", nullable = false)
    private int maxDistanceKm;

    @Range(min = 1, max = Limits.MAX_RETENTION_MONTHS, message = "{buddy.programme.retention.range}")
    @Column(name = "retention_months", nullable = false)
    private int retentionMonths;

    @Column(name = "weights_version", nullable = false)
    private int weightsVersion;

    @MatchWeight
    @Column(name = "weight_language_low_dutch", nullable = false)
    private double weightSharedLanguageLowDutch;

    @MatchWeight
    @Column(name = "weight_language", nullable = false)
    private double weightSharedLanguage;

    @MatchWeight
    @Column(name = "weight_interest", nullable = false)
    private double weightInterest;

    @MatchWeight
    @Column(name = "weight_goal_fit", nullable = false)
    private double weightGoalFit;

    @MatchWeight
    @Column(name = "weight_availability", nullable = false)
    private double weightAvailability;

    @MatchWeight
    @Column(name = "weight_distance", nullable = false)
    private double weightDistance;

    @DecimalMin(value = "0.1", message = "{buddy.programme.weight.range}")
    @DecimalMax(value = "200", message = "{buddy.programme.weight.range}")
    @Column(name = "distance_pivot_km", nullable = false)
    private double distancePivotKm;

    @MatchWeight
    @Column(name = "weight_about_similarity", nullable = false)
    private double weightAboutSimilarity;

    @MatchWeight
    @Column(name = "weight_family_fit", nullable = false)
    private double weightFamilyFit;

    @MatchWeight
    @Column(name = "weight_age_closeness", nullable = false)
    private double weightAgeCloseness;

    @Range(min = 1, max = 50, message = "{buddy.programme.weight.range}")
    @Column(name = "age_pivot_years", nullable = false)
    private int agePivotYears;

    protected ProgrammeSettings() {
    }

    /** The settings row inside the caller's transaction. */
    public static ProgrammeSettings load(EntityManager em) {
        return em.find(ProgrammeSettings.class, SINGLETON_ID);
    }

    /** Applies an admin's edit; matching weights get a new version when any weight changed. */
    void change(ProgrammeSettingsInput input) {
        hoursTarget = input.hoursTarget();
        plannedDurationMonths = input.plannedDurationMonths();
        checkInSchedule = input.checkInSchedule().replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        checkInRepeatMonths = input.checkInRepeatMonths();
        noContactWarningDays = input.noContactWarningDays();
        noContactAlertDays = input.noContactAlertDays();
        plannedEndWarningDays = input.plannedEndWarningDays();
        trainingRequired = input.trainingRequired();
        screeningRequired = input.screeningRequired();
        screeningValidMonths = input.screeningValidMonths();
        groupActivitiesCount = input.groupActivitiesCount();
        otherActivitiesCount = input.otherActivitiesCount();
        maxDistanceKm = input.maxDistanceKm();
        retentionMonths = input.retentionMonths();
        MatchWeights w = input.weights();
        if (!matchWeights().equals(new MatchWeights(weightsVersion, w.sharedLanguageLowDutch(), w.sharedLanguage(),
                w.interest(), w.goalFit(), w.availability(), w.distance(), w.distancePivotKm(), w.aboutSimilarity(),
                w.familyFit(), w.ageCloseness(), w.agePivotYears()))) {
            weightsVersion++;
        }
        weightSharedLanguageLowDutch = w.sharedLanguageLowDutch();
        weightSharedLanguage = w.sharedLanguage();
        weightInterest = w.interest();
        weightGoalFit = w.goalFit();
        weightAvailability = w.availability();
        weightDistance = w.distance();
        distancePivotKm = w.distancePivotKm();
        weightAboutSimilarity = w.aboutSimilarity();
        weightFamilyFit = w.familyFit();
        weightAgeCloseness = w.ageCloseness();
        agePivotYears = w.agePivotYears();
    }

    @AssertTrue(message = "{buddy.programme.noContact.order}")
    boolean isNoContactWarningBeforeAlert() {
        return noContactWarningDays < noContactAlertDays;
    }

    public long version() {
        return version;
    }

    public int hoursTarget() {
        return hoursTarget;
    }

    public int plannedDurationMonths() {
        return plannedDurationMonths;
    }

    /** The first check-ins after a duo starts, e.g. {@code P2W,P1M,P3M}, as ISO-8601 periods. */
    public String checkInSchedule() {
        return checkInSchedule;
    }

    /** The first check-ins as offsets from the start date. */
    public List<Period> firstCheckIns() {
        return Arrays.stream(checkInSchedule.split(",")).map(Period::parse).toList();
    }

    /** After the first check-ins, one every this many months. */
    public int checkInRepeatMonths() {
        return checkInRepeatMonths;
    }

    public int noContactWarningDays() {
        return noContactWarningDays;
    }

    public int noContactAlertDays() {
        return noContactAlertDays;
    }

    public int plannedEndWarningDays() {
        return plannedEndWarningDays;
    }

    /** Gate: a buddy needs the basic training before his first match. */
    public boolean trainingRequired() {
        return trainingRequired;
    }

    /** Gate: a buddy needs a screening before any match. */
    public boolean screeningRequired() {
        return screeningRequired;
    }

    /** A screening is valid for this many months from its issue date. */
    public int screeningValidMonths() {
        return screeningValidMonths;
    }

    public boolean groupActivitiesCount() {
        return groupActivitiesCount;
    }

    public boolean otherActivitiesCount() {
        return otherActivitiesCount;
    }

    public int maxDistanceKm() {
        return maxDistanceKm;
    }

    /** Months after a duo closes before its personal data is anonymised. */
    public int retentionMonths() {
        return retentionMonths;
    }

    /** The matcher's weights as the admin set them, with their version. */
    public MatchWeights matchWeights() {
        return new MatchWeights(weightsVersion, (float) weightSharedLanguageLowDutch, (float) weightSharedLanguage,
                (float) weightInterest, (float) weightGoalFit, (float) weightAvailability, (float) weightDistance,
                distancePivotKm, (float) weightAboutSimilarity, (float) weightFamilyFit, (float) weightAgeCloseness,
                agePivotYears);
    }

    /** The matcher's hard rules from these settings. */
    public ProgrammeRules matchRules(Clock clock) {
        return new ProgrammeRules(trainingRequired, screeningRequired, maxDistanceKm, clock);
    }

    /** Bounds shared by the columns, the constraints and the admin form. */
    public static final class Limits {
        public static final int MIN_HOURS_TARGET = 1;
        public static final int MAX_HOURS_TARGET = 500;
        public static final int MIN_DURATION_MONTHS = 1;
        public static final int MAX_DURATION_MONTHS = 36;
        public static final int CHECK_IN_SCHEDULE_LENGTH = 60;
        public static final String CHECK_IN_SCHEDULE_PATTERN = "\\s*P\\d{1,3}[DWM](\\s*,\\s*P\\d{1,3}[DWM])*\\s*";
        public static final int MAX_CHECK_IN_REPEAT_MONTHS = 12;
        public static final int MAX_NO_CONTACT_DAYS = 365;
        public static final int MAX_END_WARNING_DAYS = 90;
        public static final int MAX_DISTANCE_KM = 200;
        /** Three years, as many programmes ask a new criminal-record extract after. */
        public static final int DEFAULT_SCREENING_VALID_MONTHS = 36;
        public static final int MIN_SCREENING_VALID_MONTHS = 1;
        public static final int MAX_SCREENING_VALID_MONTHS = 120;
        public static final int MAX_RETENTION_MONTHS = 120;
        public static final String MAX_WEIGHT = "100";

        private Limits() {
        }
    }
}
