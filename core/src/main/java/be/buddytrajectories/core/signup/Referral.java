package be.buddytrajectories.core.signup;

import be.buddytrajectories.core.intake.NewcomerIntake;
import be.buddytrajectories.core.person.Consent;
import be.buddytrajectories.core.person.HomeLocation;
import be.buddytrajectories.core.person.HostPersonLimits;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.search.profile.DutchLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * A newcomer referred by a case worker on the public form, waiting for a coordinator's review. Accepting registers
 * him in the host, whose intake the coordinator then completes, and deletes this item; declining deletes it.
 */
@Entity
@Table(name = "buddy_referral")
public class Referral implements Queued {

    /** The version of the statement the case worker confirms (the newcomer agreed to be referred). */
    public static final String AGREEMENT_VERSION = "referral-2026-07";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = NewcomerIntake.Limits.CASE_WORKER_LENGTH)
    @Column(name = "case_worker_name", nullable = false, length = NewcomerIntake.Limits.CASE_WORKER_LENGTH)
    private String caseWorkerName;

    @NotBlank
    @Size(max = NewcomerIntake.Limits.CASE_WORKER_LENGTH)
    @Column(name = "organisation", nullable = false, length = NewcomerIntake.Limits.CASE_WORKER_LENGTH)
    private String organisation;

    @NotBlank
    @Size(max = HostPersonLimits.EMAIL_LENGTH)
    @Column(name = "work_email", nullable = false, length = HostPersonLimits.EMAIL_LENGTH)
    private String workEmail;

    @NotBlank
    @Size(max = HostPersonLimits.NAME_LENGTH)
    @Column(name = "first_name", nullable = false, length = HostPersonLimits.NAME_LENGTH)
    private String firstName;

    @NotBlank
    @Size(max = HostPersonLimits.NAME_LENGTH)
    @Column(name = "last_name", nullable = false, length = HostPersonLimits.NAME_LENGTH)
    private String lastName;

    @Size(max = SignupLimits.PHONE_LENGTH)
    @Column(name = "phone", length = SignupLimits.PHONE_LENGTH)
    private String phone;

    @Size(max = HostPersonLimits.EMAIL_LENGTH)
    @Column(name = "email", length = HostPersonLimits.EMAIL_LENGTH)
    private String email;

    @Valid
    @NotNull
    @Embedded
    private HomeLocation location;

    @NotBlank
    @Size(max = SignupLimits.LANGUAGES_LENGTH)
    @Column(name = "languages", nullable = false, length = SignupLimits.LANGUAGES_LENGTH)
    private String languages;

    @Enumerated(EnumType.STRING)
    @Column(name = "dutch_level", length = 2)
    private DutchLevel dutchLevel;

    @Column(name = "pnt_obliged", nullable = false)
    private boolean pntObliged;

    @NotBlank
    @Size(max = SignupLimits.REASON_LENGTH)
    @Column(name = "reason", nullable = false, length = SignupLimits.REASON_LENGTH)
    private String reason;

    @Valid
    @NotNull
    @Embedded
    private Consent agreement;

    /** In UTC. */
    @NotNull
    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    /** The host newcomer it was accepted as, until his intake is registered; null while it awaits review. */
    @Column(name = "accepted_as")
    private Long acceptedAs;

    protected Referral() {
    }

    /** A coordinator accepted it as this host newcomer; it stays until his intake is registered. */
    void acceptAs(long newcomerId) {
        if (acceptedAs != null) {
            throw new RuleViolationException("buddy.referral.alreadyAccepted");
        }
        acceptedAs = newcomerId;
    }

    /** The day the newcomer's wait began: the case worker referred him then. */
    public LocalDate referredOn() {
        return submittedAt.toLocalDate();
    }

    Referral(ReferralInput input, LocalDate today, LocalDateTime submittedAt) {
        this.caseWorkerName = input.caseWorkerName().strip();
        this.organisation = input.organisation().strip();
        this.workEmail = input.workEmail().strip();
        this.firstName = input.firstName().strip();
        this.lastName = input.lastName().strip();
        this.phone = blankToNull(input.phone());
        this.email = blankToNull(input.email());
        this.location = input.location();
        this.languages = Codes.join(input.languages(), ",");
        this.dutchLevel = input.dutchLevel();
        this.pntObliged = input.pntObliged();
        this.reason = input.reason().strip();
        this.agreement = new Consent(AGREEMENT_VERSION, today);
        this.submittedAt = submittedAt;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public long id() {
        return id;
    }

    public String caseWorkerName() {
        return caseWorkerName;
    }

    public String organisation() {
        return organisation;
    }

    public String workEmail() {
        return workEmail;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    @Override
    public String displayName() {
        return firstName + " " + lastName;
    }

    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    @Override
    public HomeLocation location() {
        return location;
    }

    public Set<String> languages() {
        return Codes.split(languages, ",");
    }

    public Optional<DutchLevel> dutchLevel() {
        return Optional.ofNullable(dutchLevel);
    }

    public boolean pntObliged() {
        return pntObliged;
    }

    public String reason() {
        return reason;
    }

    public Consent agreement() {
        return agreement;
    }

    public Optional<Long> acceptedAs() {
        return Optional.ofNullable(acceptedAs);
    }

    @Override
    public LocalDateTime submittedAt() {
        return submittedAt;
    }
}
