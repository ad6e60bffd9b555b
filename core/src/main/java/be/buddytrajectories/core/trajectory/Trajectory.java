package be.buddytrajectories.core.trajectory;

import be.buddytrajectories.core.persistence.IndexedChanges;
import be.buddytrajectories.core.persistence.IndexedVolunteers;
import be.buddytrajectories.core.programme.ProgrammeSettings;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.rules.Translatable;
import be.buddytrajectories.core.validation.PlainText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.constraints.Range;

/**
 * A newcomer's trajectory: a place on the waiting list that becomes a duo (one buddy) or a tridem (two). Its state
 * changes only through the business methods below, each of which refuses a transition the lifecycle forbids.
 */
@Entity
@Table(name = "buddy_trajectory")
@EntityListeners(IndexedChanges.class)
public class Trajectory implements IndexedVolunteers {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "newcomer_id", nullable = false)
    private long newcomerId;

    @Size(max = Limits.MAX_BUDDIES, message = "{buddy.trajectory.buddies.tooMany}")
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "buddy_trajectory_buddy", joinColumns = @JoinColumn(name = "trajectory_id"))
    @Column(name = "volunteer_id", nullable = false)
    private Set<Long> buddyIds = new LinkedHashSet<>();

    /** Buddies this change let go (a decline, an erased buddy): their documents change too. */
    @Transient
    private final Set<Long> released = new LinkedHashSet<>();

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private TrajectoryStatus status;

    /** The host person id of the coordinator who follows this trajectory up. */
    @Column(name = "coordinator_id")
    private Long coordinatorId;

    /** The date the newcomer's wait began; kept through declines and a rematch so nobody loses his place. */
    @NotNull
    @Column(name = "waiting_since", nullable = false)
    private LocalDate waitingSince;

    @Column(name = "rematch_priority", nullable = false)
    private boolean rematchPriority;

    @Column(name = "earlier_ended_early", nullable = false)
    private boolean earlierDuoEndedEarly;

    @Column(name = "proposed_on")
    private LocalDate proposedOn;

    @Column(name = "accepted_on")
    private LocalDate acceptedOn;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "planned_end")
    private LocalDate plannedEnd;

    @Range(min = ProgrammeSettings.Limits.MIN_HOURS_TARGET, max = ProgrammeSettings.Limits.MAX_HOURS_TARGET,
            message = "{buddy.programme.hoursTarget.range}")
    @Column(name = "hours_target")
    private Integer hoursTarget;

    @Column(name = "paused_on")
    private LocalDate pausedOn;

    @PlainText
    @Size(max = Limits.REASON_LENGTH, message = "{buddy.text.tooLong}")
    @Column(name = "pause_reason", length = Limits.REASON_LENGTH)
    private String pauseReason;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 20)
    private EndReason endReason;

    @PlainText
    @Size(max = Limits.REASON_LENGTH, message = "{buddy.text.tooLong}")
    @Column(name = "end_note", length = Limits.REASON_LENGTH)
    private String endNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "fit_check", length = 15)
    private FitCheck fitCheck;

    @Column(name = "fit_checked_on")
    private LocalDate fitCheckedOn;

    @Valid
    @Embedded
    private Agreement agreement;

    protected Trajectory() {
    }

    private Trajectory(long newcomerId, LocalDate waitingSince, Long coordinatorId, boolean rematchPriority,
                       boolean earlierDuoEndedEarly) {
        this.newcomerId = newcomerId;
        this.waitingSince = Objects.requireNonNull(waitingSince, "waitingSince");
        this.coordinatorId = coordinatorId;
        this.rematchPriority = rematchPriority;
        this.earlierDuoEndedEarly = earlierDuoEndedEarly;
        this.status = TrajectoryStatus.WAITING;
    }

    /**
     * A newcomer's place on the waiting list.
     *
     * @param earlierDuoEndedEarly the newcomer had a duo before that ended before its time
     */
    public static Trajectory waitingList(long newcomerId, LocalDate waitingSince, Long coordinatorId,
                                         boolean earlierDuoEndedEarly) {
        return new Trajectory(newcomerId, waitingSince, coordinatorId, false, earlierDuoEndedEarly);
    }

    /**
     * A newcomer referred by a case worker waits since the referral, not since his intake: his place moves to that
     * earlier day. A later day changes nothing, so that nobody loses his place.
     */
    public void countWaitFrom(LocalDate referredOn) {
        requireStatus("countWaitFrom", TrajectoryStatus.WAITING);
        if (referredOn.isBefore(waitingSince)) {
            waitingSince = referredOn;
        }
    }

    /** Proposes one buddy (a duo) or two (a tridem). */
    public void propose(Collection<Long> buddies, LocalDate today) {
        requireStatus("propose", TrajectoryStatus.WAITING);
        if (buddies.isEmpty() || buddies.size() > Limits.MAX_BUDDIES || Set.copyOf(buddies).size() != buddies.size()) {
            throw new RuleViolationException("buddy.trajectory.buddies.count", Limits.MAX_BUDDIES);
        }
        buddyIds.clear();
        buddyIds.addAll(buddies);
        proposedOn = today;
        status = TrajectoryStatus.PROPOSED;
    }

    /** Both sides said yes to the proposal. */
    public void accept(LocalDate today) {
        requireStatus("accept", TrajectoryStatus.PROPOSED);
        if (acceptedOn != null) {
            throw new RuleViolationException("buddy.trajectory.alreadyAccepted");
        }
        acceptedOn = today;
    }

    /**
     * The proposal was declined: the newcomer goes back to the waiting list at his old place.
     *
     * @return the buddies who were proposed
     */
    public Set<Long> decline() {
        requireStatus("decline", TrajectoryStatus.PROPOSED);
        Set<Long> declined = Set.copyOf(buddyIds);
        released.addAll(declined);
        buddyIds.clear();
        proposedOn = null;
        acceptedOn = null;
        status = TrajectoryStatus.WAITING;
        return declined;
    }

    /** The first meeting took place: the duo starts with its agreement, planned end and hours target. */
    public void start(LocalDate startOn, LocalDate plannedEndOn, int targetHours, Agreement agreed) {
        requireStatus("start", TrajectoryStatus.PROPOSED);
        if (acceptedOn == null) {
            throw new RuleViolationException("buddy.trajectory.notAccepted");
        }
        if (startOn.isBefore(acceptedOn)) {
            throw new RuleViolationException("buddy.trajectory.startBeforeAcceptance");
        }
        if (!plannedEndOn.isAfter(startOn)) {
            throw new RuleViolationException("buddy.trajectory.endBeforeStart");
        }
        startedOn = startOn;
        plannedEnd = plannedEndOn;
        hoursTarget = targetHours;
        agreement = Objects.requireNonNull(agreed, "agreement");
        status = TrajectoryStatus.ACTIVE;
    }

    /** A break (holiday, illness, exams); the duo keeps its buddies and its hours. */
    public void pause(String reason, LocalDate today) {
        requireStatus("pause", TrajectoryStatus.ACTIVE);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("buddy.trajectory.pauseReasonRequired");
        }
        pausedOn = today;
        pauseReason = reason.strip();
        status = TrajectoryStatus.PAUSED;
    }

    public void resume() {
        requireStatus("resume", TrajectoryStatus.PAUSED);
        pausedOn = null;
        pauseReason = null;
        status = TrajectoryStatus.ACTIVE;
    }

    /** Ends a running (active or paused) duo with a reason from the taxonomy. */
    public void close(EndReason reason, String note, LocalDate today) {
        requireStatus("close", TrajectoryStatus.ACTIVE, TrajectoryStatus.PAUSED);
        end(reason, note, today);
    }

    /** Takes a newcomer off the waiting list (or withdraws a proposal) without a duo ever having started. */
    public void withdraw(EndReason reason, String note, LocalDate today) {
        requireStatus("withdraw", TrajectoryStatus.WAITING, TrajectoryStatus.PROPOSED);
        end(reason, note, today);
    }

    /** The coordinator's check after the first meeting; it is made once. */
    public void recordFitCheck(FitCheck outcome, LocalDate today) {
        requireStatus("fitCheck", TrajectoryStatus.ACTIVE, TrajectoryStatus.PAUSED);
        if (fitCheck != null) {
            throw new RuleViolationException("buddy.trajectory.fitCheckDone");
        }
        fitCheck = Objects.requireNonNull(outcome, "outcome");
        fitCheckedOn = today;
    }

    /**
     * After "not a good fit": closes this duo as a mismatch and returns the newcomer's new place on the waiting
     * list, with priority and his original waiting date.
     */
    public Trajectory closeForRematch(String note, LocalDate today) {
        if (fitCheck != FitCheck.NOT_A_GOOD_FIT) {
            throw new RuleViolationException("buddy.trajectory.rematchNeedsMismatch");
        }
        close(EndReason.MISMATCH, note, today);
        return new Trajectory(newcomerId, waitingSince, coordinatorId, true, earlierDuoEndedEarly);
    }

    public void changeAgreement(Agreement agreed) {
        requireStatus("changeAgreement", TrajectoryStatus.ACTIVE, TrajectoryStatus.PAUSED);
        agreement = Objects.requireNonNull(agreed, "agreement");
    }

    public void assignCoordinator(long coordinator) {
        if (status == TrajectoryStatus.CLOSED) {
            throw forbidden("assignCoordinator");
        }
        coordinatorId = coordinator;
    }

    /** Removes an erased buddy from a closed trajectory; the newcomer's history stays. */
    public void forgetBuddy(long volunteerId) {
        requireStatus("forgetBuddy", TrajectoryStatus.CLOSED);
        if (buddyIds.remove(volunteerId)) {
            released.add(volunteerId);
        }
    }

    private void end(EndReason reason, String note, LocalDate today) {
        if (reason == null) {
            throw new RuleViolationException("buddy.trajectory.endReasonRequired");
        }
        endReason = reason;
        endNote = note == null || note.isBlank() ? null : note.strip();
        closedOn = today;
        pausedOn = null;
        pauseReason = null;
        status = TrajectoryStatus.CLOSED;
    }

    /** Closed before its planned end for any reason but completion, which earns a newcomer a later bonus. */
    public boolean endedEarly() {
        return status == TrajectoryStatus.CLOSED && endReason != EndReason.COMPLETED
                && (plannedEnd == null || closedOn.isBefore(plannedEnd)) && startedOn != null;
    }

    private void requireStatus(String action, TrajectoryStatus... allowed) {
        if (!EnumSet.of(allowed[0], allowed).contains(status)) {
            throw forbidden(action);
        }
    }

    private RuleViolationException forbidden(String action) {
        return new RuleViolationException("buddy.trajectory.transition.forbidden",
                Translatable.of("buddy.trajectory.action." + action),
                Translatable.of("buddy.trajectory.status." + status));
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long newcomerId() {
        return newcomerId;
    }

    @Override
    public Set<Long> indexedVolunteers() {
        Set<Long> concerned = new LinkedHashSet<>(buddyIds);
        concerned.addAll(released);
        return concerned;
    }

    public Set<Long> buddyIds() {
        return Set.copyOf(buddyIds);
    }

    public boolean hasBuddy(long volunteerId) {
        return buddyIds.contains(volunteerId);
    }

    public TrajectoryStatus status() {
        return status;
    }

    public Optional<Long> coordinatorId() {
        return Optional.ofNullable(coordinatorId);
    }

    public LocalDate waitingSince() {
        return waitingSince;
    }

    public boolean rematchPriority() {
        return rematchPriority;
    }

    public boolean earlierDuoEndedEarly() {
        return earlierDuoEndedEarly;
    }

    public Optional<LocalDate> acceptedOn() {
        return Optional.ofNullable(acceptedOn);
    }

    public Optional<LocalDate> startedOn() {
        return Optional.ofNullable(startedOn);
    }

    public Optional<LocalDate> plannedEnd() {
        return Optional.ofNullable(plannedEnd);
    }

    public Optional<Integer> hoursTarget() {
        return Optional.ofNullable(hoursTarget);
    }

    public Optional<LocalDate> pausedOn() {
        return Optional.ofNullable(pausedOn);
    }

    public Optional<String> pauseReason() {
        return Optional.ofNullable(pauseReason);
    }

    public Optional<LocalDate> closedOn() {
        return Optional.ofNullable(closedOn);
    }

    public Optional<EndReason> endReason() {
        return Optional.ofNullable(endReason);
    }

    public Optional<String> endNote() {
        return Optional.ofNullable(endNote);
    }

    public Optional<FitCheck> fitCheck() {
        return Optional.ofNullable(fitCheck);
    }

    public Optional<LocalDate> fitCheckedOn() {
        return Optional.ofNullable(fitCheckedOn);
    }

    public Optional<Agreement> agreement() {
        return Optional.ofNullable(agreement);
    }

    /** Bounds shared by the columns, the constraints and the forms. */
    public static final class Limits {
        /** A tridem: two buddies with one newcomer. */
        public static final int MAX_BUDDIES = 2;
        public static final int REASON_LENGTH = 500;

        private Limits() {
        }
    }
}
