package be.buddytrajectories.core.mail;

import be.buddytrajectories.core.outbox.RetryPauses;
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
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One mail in the outbox, rendered when it was written. Its state changes only through the sending steps below, so
 * that a mail is never marked sent without having been accepted, nor tried again once it was.
 */
@Entity
@Table(name = "buddy_outgoing_mail")
public class OutgoingMail {

    /** After this many failed attempts (about a day and a half of pauses) a mail is given up until the admin retries. */
    public static final int MAX_ATTEMPTS = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24)
    private MailKind kind;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "address", nullable = false, length = Limits.ADDRESS_LENGTH)
    private String address;

    @Column(name = "language", nullable = false, length = 8)
    private String language;

    @Column(name = "subject", nullable = false, length = Limits.SUBJECT_LENGTH)
    private String subject;

    @Column(name = "body", nullable = false, length = Limits.BODY_LENGTH)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "attachment", length = 16)
    private Attachment attachment;

    @Column(name = "attachment_ref")
    private Long attachmentRef;

    @Column(name = "dedupe_key", nullable = false, length = Limits.DEDUPE_KEY_LENGTH, unique = true)
    private String dedupeKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private MailState state;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    /** In UTC, like every time below. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private LocalDateTime nextAttemptAt;

    @Column(name = "claimed_at")
    private LocalDateTime claimedAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    @Column(name = "last_error", length = Limits.ERROR_LENGTH)
    private String lastError;

    protected OutgoingMail() {
    }

    OutgoingMail(MailKind kind, long personId, String address, String language, String subject, String body,
                 String dedupeKey, LocalDateTime now) {
        this.kind = kind;
        this.personId = personId;
        this.address = address;
        this.language = language;
        this.subject = cut(subject, Limits.SUBJECT_LENGTH);
        this.body = cut(body, Limits.BODY_LENGTH);
        this.dedupeKey = dedupeKey;
        this.state = MailState.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    OutgoingMail attach(Attachment file, long reference) {
        this.attachment = file;
        this.attachmentRef = reference;
        return this;
    }

    /** This host takes the mail for an attempt; the claim is committed before the mail server is called. */
    void claim(LocalDateTime now) {
        if (state != MailState.PENDING && state != MailState.SENDING) {
            throw new IllegalStateException("mail " + id + " is " + state);
        }
        state = MailState.SENDING;
        attempts++;
        claimedAt = now;
    }

    /** Due for an attempt: pending and its pause is over, or claimed by a host that never recorded the outcome. */
    boolean dueAt(LocalDateTime now, Duration lease) {
        return state == MailState.PENDING && !nextAttemptAt.isAfter(now)
                || state == MailState.SENDING && claimedAt.plus(lease).isBefore(now);
    }

    void accepted(LocalDateTime now) {
        state = MailState.SENT;
        sentAt = now;
        lastError = null;
    }

    /**
     * The attempt failed. A permanent refusal, or the last allowed attempt, ends in {@link MailState#FAILED};
     * otherwise the next attempt waits twice as long as the previous pause, one minute at first, an hour at most.
     */
    void attemptFailed(String error, boolean permanent, LocalDateTime now) {
        lastError = cut(error == null ? "" : error, Limits.ERROR_LENGTH);
        if (permanent || attempts >= MAX_ATTEMPTS) {
            state = MailState.FAILED;
            return;
        }
        state = MailState.PENDING;
        nextAttemptAt = now.plus(RetryPauses.after(attempts));
    }

    /** The receiver opted out, or the kind was switched off, before the mail went. */
    void skip(String why) {
        state = MailState.SKIPPED;
        lastError = cut(why, Limits.ERROR_LENGTH);
    }

    /** The admin asks for a new attempt now, with a fresh count of attempts. */
    void retryNow(LocalDateTime now) {
        if (state != MailState.FAILED && state != MailState.PENDING) {
            throw new IllegalStateException("mail " + id + " is " + state);
        }
        state = MailState.PENDING;
        attempts = 0;
        nextAttemptAt = now;
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

    public MailKind kind() {
        return kind;
    }

    public long personId() {
        return personId;
    }

    public String address() {
        return address;
    }

    public String language() {
        return language;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Optional<Attachment> attachment() {
        return Optional.ofNullable(attachment);
    }

    public Optional<Long> attachmentRef() {
        return Optional.ofNullable(attachmentRef);
    }

    public String dedupeKey() {
        return dedupeKey;
    }

    public MailState state() {
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

    public Optional<LocalDateTime> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    /** Bounds shared by the columns and the wording editor. */
    public static final class Limits {
        public static final int ADDRESS_LENGTH = 254;
        public static final int SUBJECT_LENGTH = 300;
        public static final int BODY_LENGTH = 6000;
        public static final int WORDING_LENGTH = 4000;
        public static final int DEDUPE_KEY_LENGTH = 120;
        public static final int ERROR_LENGTH = 500;

        private Limits() {
        }
    }
}
