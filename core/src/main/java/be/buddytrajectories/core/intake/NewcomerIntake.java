package be.buddytrajectories.core.intake;

import be.buddytrajectories.core.person.SelfDescription;
import be.buddytrajectories.core.person.WeeklySlot;
import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.search.profile.DutchLevel;
import be.buddytrajectories.search.profile.Goal;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A newcomer's intake, keyed by the host's person id. */
@Entity
@Table(name = "buddy_newcomer_intake")
public class NewcomerIntake extends SelfDescription {

    @Id
    @Column(name = "newcomer_id")
    private Long newcomerId;

    @Size(max = SelfDescription.Limits.MAX_LANGUAGES, message = "{buddy.intake.languages.tooMany}")
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "buddy_intake_language", joinColumns = @JoinColumn(name = "newcomer_id"))
    @Column(name = "language_code", nullable = false, length = 2)
    private Set<@Pattern(regexp = "[a-z]{2}", message = "{buddy.language.code.format}") String> contactLanguages =
            new LinkedHashSet<>();

    @NotNull(message = "{buddy.intake.dutchLevel.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "dutch_level", nullable = false, length = 2)
    private DutchLevel dutchLevel;

    @Size(max = SelfDescription.Limits.MAX_INTERESTS, message = "{buddy.interests.tooMany}")
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "buddy_intake_interest", joinColumns = @JoinColumn(name = "newcomer_id"))
    @Column(name = "interest", nullable = false, length = SelfDescription.Limits.INTEREST_LENGTH)
    private Set<@NotBlank(message = "{buddy.interests.blank}") @Size(max = SelfDescription.Limits.INTEREST_LENGTH,
            message = "{buddy.text.tooLong}") String> interests = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "buddy_intake_goal", joinColumns = @JoinColumn(name = "newcomer_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "goal", nullable = false, length = 20)
    private Set<Goal> goals = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "buddy_intake_availability", joinColumns = @JoinColumn(name = "newcomer_id"))
    private Set<@Valid WeeklySlot> availability = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "buddy_gender_preference", length = 1)
    private Gender buddyGenderPreference;

    @NotNull(message = "{buddy.intake.family.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "family_situation", nullable = false, length = 20)
    private FamilySituation familySituation;

    @Column(name = "pnt_obliged", nullable = false)
    private boolean pntObliged;

    @Size(max = Limits.CASE_WORKER_LENGTH, message = "{buddy.text.tooLong}")
    @Column(name = "case_worker_name", length = Limits.CASE_WORKER_LENGTH)
    private String caseWorkerName;

    @Size(max = Limits.CASE_WORKER_LENGTH, message = "{buddy.text.tooLong}")
    @Column(name = "case_worker_agency", length = Limits.CASE_WORKER_LENGTH)
    private String caseWorkerAgency;

    @NotNull
    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    /** Separate, optional consent to answer the outcome questions at intake and closure. */
    @Column(name = "outcome_consent", nullable = false)
    private boolean outcomeConsent;

    protected NewcomerIntake() {
    }

    NewcomerIntake(long newcomerId, LocalDate registeredOn, NewcomerIntakeInput details) {
        this.newcomerId = newcomerId;
        this.registeredOn = registeredOn;
        describe(details);
    }

    /** Replaces what the newcomer told; the registration date (the place on the waiting list) is kept. */
    public void describe(NewcomerIntakeInput details) {
        contactLanguages.clear();
        details.contactLanguages().forEach(code -> contactLanguages.add(code.toLowerCase(java.util.Locale.ROOT)));
        dutchLevel = details.dutchLevel();
        interests.clear();
        interests.addAll(details.interests());
        goals.clear();
        goals.addAll(details.goals());
        availability.clear();
        availability.addAll(details.availability());
        buddyGenderPreference = details.buddyGenderPreference();
        familySituation = details.familySituation();
        pntObliged = details.pntObliged();
        caseWorkerName = details.caseWorkerName();
        caseWorkerAgency = details.caseWorkerAgency();
        retell(details);
        outcomeConsent = details.outcomeConsent();
    }

    public long newcomerId() {
        return newcomerId;
    }

    public List<String> contactLanguages() {
        return contactLanguages.stream().sorted().toList();
    }

    public DutchLevel dutchLevel() {
        return dutchLevel;
    }

    public Set<String> interests() {
        return Set.copyOf(interests);
    }

    public Set<Goal> goals() {
        return Set.copyOf(goals);
    }

    public Set<WeeklySlot> availability() {
        return Set.copyOf(availability);
    }

    public List<String> availabilityCodes() {
        return availability.stream().map(WeeklySlot::code).sorted().toList();
    }

    public Optional<Gender> buddyGenderPreference() {
        return Optional.ofNullable(buddyGenderPreference);
    }

    public FamilySituation familySituation() {
        return familySituation;
    }

    public boolean hasChildren() {
        return familySituation.hasChildren();
    }

    /** Obliged to follow the participation and network track (PNT): first on the waiting list. */
    public boolean pntObliged() {
        return pntObliged;
    }

    public Optional<String> caseWorkerName() {
        return Optional.ofNullable(caseWorkerName);
    }

    public Optional<String> caseWorkerAgency() {
        return Optional.ofNullable(caseWorkerAgency);
    }

    public LocalDate registeredOn() {
        return registeredOn;
    }

    public boolean outcomeConsent() {
        return outcomeConsent;
    }

    /** Bounds shared by the columns, the constraints and the forms. */
    public static final class Limits {
        public static final int CASE_WORKER_LENGTH = 120;

        private Limits() {
        }
    }
}
