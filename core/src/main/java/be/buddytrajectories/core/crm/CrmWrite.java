package be.buddytrajectories.core.crm;

import be.buddytrajectories.core.outbox.RetryPauses;
import be.buddytrajectories.hostapi.CrmWriteBack;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One write to the CRM in the outbox, with everything the CRM needs copied in when it was written, so that it can be
 * sent as it was decided even if the contact or duo changes since. Its state changes only through the steps below:
 * never done without the CRM's answer, never tried again once done.
 */
@Entity
@Table(name = "buddy_crm_write")
public class CrmWrite {

    /** After this many failed attempts (about a day and a half of pauses) a write is given up until the admin retries. */
    public static final int MAX_ATTEMPTS = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private CrmWriteKind kind;

    @Column(name = "trajectory_id", nullable = false)
    private long trajectoryId;

    /** The idempotency key the CRM keeps: the contact's id for an activity, the duo's id for a relationship. */
    @Column(name = "source_key", nullable = false)
    private long sourceKey;

    @Column(name = "buddy_id", nullable = false)
    private long buddyId;

    /** The second buddy of a tridem, on an activity only: each relationship has its own row. */
    @Column(name = "other_buddy_id")
    private Long otherBuddyId;

    @Column(name = "newcomer_id", nullable = false)
    private long newcomerId;

    /** The day of the meeting, the duo's start or its end. */
    @Column(name = "happened_on", nullable = false)
    private LocalDate happenedOn;

    @Column(name = "minutes", nullable = false)
    private int minutes;

    @Column(name = "subject", length = Limits.SUBJECT_LENGTH)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private CrmWriteState state;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    /** In UTC, like every time below. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private LocalDateTime nextAttemptAt;

    @Column(name = "claimed_at")
    private LocalDateTime claimedAt;

    @Column(name = "done_at")
    private LocalDateTime doneAt;

    /** The CRM's identifier of what it stored, for the admin. */
    @Column(name = "crm_id", length = Limits.CRM_ID_LENGTH)
    private String crmId;

    @Column(name = "last_error", length = Limits.ERROR_LENGTH)
    private String lastError;

    protected CrmWrite() {
    }

    private CrmWrite(CrmWriteKind kind, long trajectoryId, long sourceKey, long buddyId, long newcomerId,
                     LocalDate happenedOn, LocalDateTime now) {
        this.kind = kind;
        this.trajectoryId = trajectoryId;
        this.sourceKey = sourceKey;
        this.buddyId = buddyId;
        this.newcomerId = newcomerId;
        this.happenedOn = happenedOn;
        this.state = CrmWriteState.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** A logged contact of a duo with one buddy or two. */
    static CrmWrite contact(long contactId, long trajectoryId, Set<Long> buddies, long newcomerId, LocalDate metOn,
                            int minutes, String subject, LocalDateTime now) {
        if (buddies.isEmpty() || buddies.size() > 2) {
            throw new IllegalArgumentException("a contact has one buddy or two, not " + buddies);
        }
        Long[] sorted = buddies.stream().sorted().toArray(Long[]::new);
        CrmWrite write = new CrmWrite(CrmWriteKind.CONTACT_ACTIVITY, trajectoryId, contactId, sorted[0], newcomerId,
                metOn, now);
        write.otherBuddyId = sorted.length == 2 ? sorted[1] : null;
        write.minutes = minutes;
        write.subject = cut(subject, Limits.SUBJECT_LENGTH);
        return write;
    }

    /** The relationship of one buddy of a duo that started on {@code startedOn}. */
    static CrmWrite relationshipStart(long trajectoryId, long buddyId, long newcomerId, LocalDate startedOn,
                                      LocalDateTime now) {
        return new CrmWrite(CrmWriteKind.RELATIONSHIP_START, trajectoryId, trajectoryId, buddyId, newcomerId,
                startedOn, now);
    }

    /** The end of the relationship a {@link #relationshipStart} row began. */
    static CrmWrite relationshipEnd(CrmWrite start, LocalDate endedOn, LocalDateTime now) {
        if (start.kind != CrmWriteKind.RELATIONSHIP_START) {
            throw new IllegalArgumentException("only a started relationship ends, not a " + start.kind);
        }
        return new CrmWrite(CrmWriteKind.RELATIONSHIP_END, start.trajectoryId, start.sourceKey, start.buddyId,
                start.newcomerId, endedOn, now);
    }

    /** This host takes the write for an attempt; the claim is committed before the CRM is called. */
    void claim(LocalDateTime now) {
        if (state != CrmWriteState.PENDING && state != CrmWriteState.WRITING) {
            throw new IllegalStateException("CRM write " + id + " is " + state);
        }
        state = CrmWriteState.WRITING;
        attempts++;
        claimedAt = now;
    }

    /** Due for an attempt: pending and its pause is over, or claimed by a host that never recorded the outcome. */
    boolean dueAt(LocalDateTime now, Duration lease) {
        return state == CrmWriteState.PENDING && !nextAttemptAt.isAfter(now)
                || state == CrmWriteState.WRITING && claimedAt.plus(lease).isBefore(now);
    }

    void done(String crmIdentifier, LocalDateTime now) {
        state = CrmWriteState.DONE;
        doneAt = now;
        crmId = crmIdentifier == null ? null : cut(crmIdentifier, Limits.CRM_ID_LENGTH);
        lastError = null;
    }

    /**
     * The attempt failed. A permanent refusal, or the last allowed attempt, ends in {@link CrmWriteState#FAILED};
     * otherwise the next attempt waits as {@link RetryPauses} says.
     */
    void attemptFailed(String error, boolean permanent, LocalDateTime now) {
        lastError = cut(error == null || error.isBlank() ? "?" : error, Limits.ERROR_LENGTH);
        if (permanent || attempts >= MAX_ATTEMPTS) {
            state = CrmWriteState.FAILED;
            return;
        }
        state = CrmWriteState.PENDING;
        nextAttemptAt = now.plus(RetryPauses.after(attempts));
    }

    /** The admin asks for a new attempt now, with a fresh count of attempts. */
    void retryNow(LocalDateTime now) {
        if (state != CrmWriteState.FAILED && state != CrmWriteState.PENDING) {
            throw new IllegalStateException("CRM write " + id + " is " + state);
        }
        state = CrmWriteState.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    /** What the host's CRM is asked to store for a contact activity. */
    CrmWriteBack.ContactActivity activity() {
        Set<Long> buddies = new LinkedHashSet<>();
        buddies.add(buddyId);
        if (otherBuddyId != null) {
            buddies.add(otherBuddyId);
        }
        return new CrmWriteBack.ContactActivity(sourceKey, buddies, newcomerId, happenedOn.atStartOfDay(),
                Math.max(1, minutes), subject == null ? "" : subject);
    }

    /** The relationship this row starts or ends. */
    CrmWriteBack.BuddyRelationship relationship(LocalDate startedOn) {
        return new CrmWriteBack.BuddyRelationship(sourceKey, buddyId, newcomerId, startedOn);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public CrmWriteKind kind() {
        return kind;
    }

    public long trajectoryId() {
        return trajectoryId;
    }

    public long sourceKey() {
        return sourceKey;
    }

    public long buddyId() {
        return buddyId;
    }

    public Optional<Long> otherBuddyId() {
        return Optional.ofNullable(otherBuddyId);
    }

    public long newcomerId() {
        return newcomerId;
    }

    public LocalDate happenedOn() {
        return happenedOn;
    }

    public int minutes() {
        return minutes;
    }

    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    public CrmWriteState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<LocalDateTime> doneAt() {
        return Optional.ofNullable(doneAt);
    }

    public Optional<String> crmId() {
        return Optional.ofNullable(crmId);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    /** Bounds shared by the columns and the code that fills them. */
    public static final class Limits {
        public static final int SUBJECT_LENGTH = 255;
        public static final int CRM_ID_LENGTH = 64;
        public static final int ERROR_LENGTH = 500;

        private Limits() {
        }
    }
}
