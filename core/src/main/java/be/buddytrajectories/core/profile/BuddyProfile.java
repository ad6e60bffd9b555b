package be.buddytrajectories.core.profile;

import be.buddytrajectories.core.persistence.IndexedChanges;
import be.buddytrajectories.core.persistence.IndexedVolunteers;
import be.buddytrajectories.core.person.LanguageSkill;
import be.buddytrajectories.core.person.SelfDescription;
import be.buddytrajectories.core.person.WeeklySlot;
import be.buddytrajectories.core.validation.PlausibleDate;
import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.search.profile.BuddyPreferences;
import be.buddytrajectories.search.profile.BuddyStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.hibernate.validator.constraints.Range;

/**
 * A volunteer's buddy profile, keyed by the host's volunteer id. Changed through business methods only; every
 * change reaches the index outbox through its entity listener, whoever makes it.
 */
@Entity
@Table(name = "buddy_profile")
@EntityListeners(IndexedChanges.class)
public class BuddyProfile extends SelfDescription implements IndexedVolunteers {

    /** Profiles whose collections one statement loads: as many as an index rebuild reads at a time. */
    public static final int FETCH_BATCH = 500;

    @Id
    @Column(name = "volunteer_id")
    private Long volunteerId;

    @NotEmpty(message = "{buddy.profile.languages.required}")
    @Size(max = SelfDescription.Limits.MAX_LANGUAGES, message = "{buddy.profile.languages.tooMany}")
    // Batch fetching: a list of profiles (an index rebuild) loads each collection in one statement per
    // FETCH_BATCH profiles, by their ids, which an index finds; a subselect made PostgreSQL scan the whole
    // collection table at a million profiles.
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = FETCH_BATCH)
    @CollectionTable(name = "buddy_profile_language", joinColumns = @JoinColumn(name = "volunteer_id"))
    private Set<@Valid LanguageSkill> languages = new LinkedHashSet<>();

    @Size(max = SelfDescription.Limits.MAX_INTERESTS, message = "{buddy.interests.tooMany}")
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = FETCH_BATCH)
    @CollectionTable(name = "buddy_profile_interest", joinColumns = @JoinColumn(name = "volunteer_id"))
    @Column(name = "interest", nullable = false, length = SelfDescription.Limits.INTEREST_LENGTH)
    private Set<@NotBlank(message = "{buddy.interests.blank}") @Size(max = SelfDescription.Limits.INTEREST_LENGTH,
            message = "{buddy.text.tooLong}") String> interests = new LinkedHashSet<>();

    @Size(max = SelfDescription.Limits.ABOUT_LENGTH, message = "{buddy.text.tooLong}")
    @Column(name = "experience", length = SelfDescription.Limits.ABOUT_LENGTH)
    private String experience;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = FETCH_BATCH)
    @CollectionTable(name = "buddy_profile_availability", joinColumns = @JoinColumn(name = "volunteer_id"))
    private Set<@Valid WeeklySlot> availability = new LinkedHashSet<>();

    @Range(min = Limits.MIN_TRAVEL_KM, max = Limits.MAX_TRAVEL_KM, message = "{buddy.profile.travel.range}")
    @Column(name = "max_travel_km", nullable = false)
    private int maxTravelKm;

    @Range(min = Limits.MIN_CAPACITY, max = Limits.MAX_CAPACITY, message = "{buddy.profile.capacity.range}")
    @Column(name = "capacity", nullable = false)
    private int capacity;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private BuddyStatus status;

    /**
     * Derived from the screening history (kept here so that the index, the gate and the alerts read one column):
     * the last day on which a screening that counts is valid; null when there never was one.
     */
    @PlausibleDate
    @Column(name = "screened_until")
    private LocalDate screenedUntil;

    @PlausibleDate
    @Column(name = "basic_training_on")
    private LocalDate basicTrainingOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "pref_newcomer_gender", length = 1)
    private Gender preferredNewcomerGender;

    @Range(min = Limits.MIN_AGE, max = Limits.MAX_AGE, message = "{buddy.profile.age.range}")
    @Column(name = "pref_min_age")
    private Integer preferredMinAge;

    @Range(min = Limits.MIN_AGE, max = Limits.MAX_AGE, message = "{buddy.profile.age.range}")
    @Column(name = "pref_max_age")
    private Integer preferredMaxAge;

    @Column(name = "children_welcome", nullable = false)
    private boolean childrenWelcome;

    @Column(name = "has_children", nullable = false)
    private boolean hasChildren;

    protected BuddyProfile() {
    }

    /** A new profile, AVAILABLE unless the volunteer says otherwise later. */
    BuddyProfile(long volunteerId, BuddyProfileInput details) {
        this.volunteerId = volunteerId;
        this.status = BuddyStatus.AVAILABLE;
        describe(details);
    }

    /** Replaces what the volunteer tells about himself; status, screening and training are kept. */
    public void describe(BuddyProfileInput details) {
        languages.clear();
        languages.addAll(details.languages());
        interests.clear();
        interests.addAll(details.interests());
        experience = details.experience();
        availability.clear();
        availability.addAll(details.availability());
        maxTravelKm = details.maxTravelKm();
        capacity = details.capacity();
        preferredNewcomerGender = details.preferredNewcomerGender();
        preferredMinAge = details.preferredMinAge();
        preferredMaxAge = details.preferredMaxAge();
        childrenWelcome = details.childrenWelcome();
        hasChildren = details.hasChildren();
        retell(details);
    }

    /** The buddy's own choice: available for a (new) duo, paused for a while, or stopped. */
    public void changeStatus(BuddyStatus newStatus) {
        status = Objects.requireNonNull(newStatus, "status");
    }

    /**
     * A screening was done: it joins the history (the caller persists it) and, when its kind counts, may extend
     * the day until which the buddy is screened. A renewal recorded late never shortens it.
     *
     * @param validMonths the programme's validity of a screening
     * @throws be.buddytrajectories.core.rules.RuleViolationException when issued in the future
     */
    public Screening recordScreening(ScreeningInput input, int validMonths, Long recordedBy, LocalDate today) {
        Screening screening = new Screening(volunteerId, input, validMonths, recordedBy, today);
        if (screening.kind().makesScreened()
                && (screenedUntil == null || screening.validUntil().isAfter(screenedUntil))) {
            screenedUntil = screening.validUntil();
        }
        return screening;
    }

    /** Keeps the first basic training: a later one does not make the buddy "newly" trained. */
    public void recordBasicTraining(LocalDate on) {
        if (basicTrainingOn == null || on.isBefore(basicTrainingOn)) {
            basicTrainingOn = on;
        }
    }

    @AssertTrue(message = "{buddy.profile.age.order}")
    boolean isAgeBandOrdered() {
        return preferredMinAge == null || preferredMaxAge == null || preferredMinAge <= preferredMaxAge;
    }

    @Override
    public Set<Long> indexedVolunteers() {
        return Set.of(volunteerId);
    }

    /** Without a profile a volunteer is no buddy: his document goes. */
    @Override
    public boolean removalRemovesDocuments() {
        return true;
    }

    public long volunteerId() {
        return volunteerId;
    }

    public Set<LanguageSkill> languages() {
        return Set.copyOf(languages);
    }

    /** ISO codes of the languages this buddy can hold a conversation in, for the index. */
    public List<String> conversationLanguages() {
        return languages.stream().filter(l -> l.level().carriesAConversation()).map(LanguageSkill::code)
                .sorted().toList();
    }

    public Set<String> interests() {
        return Set.copyOf(interests);
    }

    public Optional<String> experience() {
        return Optional.ofNullable(experience);
    }

    public Set<WeeklySlot> availability() {
        return Set.copyOf(availability);
    }

    /** Slot codes such as {@code WED_EVENING}, as the index stores them. */
    public List<String> availabilityCodes() {
        return availability.stream().map(WeeklySlot::code).sorted().toList();
    }

    public int maxTravelKm() {
        return maxTravelKm;
    }

    public int capacity() {
        return capacity;
    }

    public BuddyStatus status() {
        return status;
    }

    /** The last day on which a screening that counts is valid; empty when never screened. */
    public Optional<LocalDate> screenedUntil() {
        return Optional.ofNullable(screenedUntil);
    }

    public Optional<LocalDate> basicTrainingOn() {
        return Optional.ofNullable(basicTrainingOn);
    }

    /** Whether a screening that counts is valid on {@code day}. */
    public boolean screenedOn(LocalDate day) {
        return screenedUntil != null && !day.isAfter(screenedUntil);
    }

    public boolean trained() {
        return basicTrainingOn != null;
    }

    public Optional<Gender> preferredNewcomerGender() {
        return Optional.ofNullable(preferredNewcomerGender);
    }

    public Optional<Integer> preferredMinAge() {
        return Optional.ofNullable(preferredMinAge);
    }

    public Optional<Integer> preferredMaxAge() {
        return Optional.ofNullable(preferredMaxAge);
    }

    public boolean childrenWelcome() {
        return childrenWelcome;
    }

    public boolean hasChildren() {
        return hasChildren;
    }

    /** The preferences in the index's terms. */
    public BuddyPreferences preferences() {
        return new BuddyPreferences(preferredNewcomerGender, preferredMinAge, preferredMaxAge, childrenWelcome);
    }

    /** Bounds shared by the columns, the constraints and the forms. */
    public static final class Limits {
        public static final int MIN_TRAVEL_KM = 1;
        public static final int MAX_TRAVEL_KM = 100;
        public static final int MIN_CAPACITY = 1;
        public static final int MAX_CAPACITY = 3;
        public static final int MIN_AGE = 16;
        public static final int MAX_AGE = 110;

        private Limits() {
        }
    }
}
