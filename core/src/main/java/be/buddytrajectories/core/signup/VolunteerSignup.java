package be.buddytrajectories.core.signup;

import be.buddytrajectories.core.person.Consent;
import be.buddytrajectories.core.person.HomeLocation;
import be.buddytrajectories.core.person.HostPersonLimits;
import be.buddytrajectories.core.person.SelfDescription;
import be.buddytrajectories.core.person.WeeklySlot;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
 * A volunteer who signed up on the public form, waiting for a coordinator's review. Accepting turns him into a
 * host volunteer with a buddy profile and deletes this item; declining deletes it.
 */
@Entity
@Table(name = "buddy_volunteer_signup")
public class VolunteerSignup implements Queued {

    /** The version of the consent text the sign-up form shows; the form's text is looked up under it. */
    public static final String CONSENT_VERSION = "signup-2026-07";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = HostPersonLimits.NAME_LENGTH)
    @Column(name = "first_name", nullable = false, length = HostPersonLimits.NAME_LENGTH)
    private String firstName;

    @NotBlank
    @Size(max = HostPersonLimits.NAME_LENGTH)
    @Column(name = "last_name", nullable = false, length = HostPersonLimits.NAME_LENGTH)
    private String lastName;

    @NotBlank
    @Size(max = HostPersonLimits.EMAIL_LENGTH)
    @Column(name = "email", nullable = false, length = HostPersonLimits.EMAIL_LENGTH)
    private String email;

    @Size(max = SignupLimits.PHONE_LENGTH)
    @Column(name = "phone", length = SignupLimits.PHONE_LENGTH)
    private String phone;

    @Valid
    @NotNull
    @Embedded
    private HomeLocation location;

    @NotBlank
    @Size(max = SignupLimits.LANGUAGES_LENGTH)
    @Column(name = "languages", nullable = false, length = SignupLimits.LANGUAGES_LENGTH)
    private String languages;

    @NotNull
    @Size(max = SignupLimits.INTERESTS_LENGTH)
    @Column(name = "interests", nullable = false, length = SignupLimits.INTERESTS_LENGTH)
    private String interests;

    @NotBlank
    @Size(max = SignupLimits.AVAILABILITY_LENGTH)
    @Column(name = "availability", nullable = false, length = SignupLimits.AVAILABILITY_LENGTH)
    private String availability;

    @NotBlank
    @Size(max = SelfDescription.Limits.ABOUT_LENGTH)
    @Column(name = "about", nullable = false, length = SelfDescription.Limits.ABOUT_LENGTH)
    private String about;

    @Valid
    @NotNull
    @Embedded
    private Consent consent;

    /** In UTC. */
    @NotNull
    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    protected VolunteerSignup() {
    }

    VolunteerSignup(VolunteerSignupInput input, LocalDate today, LocalDateTime submittedAt) {
        this.firstName = input.firstName().strip();
        this.lastName = input.lastName().strip();
        this.email = input.email().strip();
        this.phone = input.phone() == null || input.phone().isBlank() ? null : input.phone().strip();
        this.location = input.location();
        this.languages = Codes.join(input.languages(), ",");
        this.interests = Codes.join(input.interests(), "\n");
        this.availability = Codes.slots(input.availability());
        this.about = input.about().strip();
        this.consent = new Consent(CONSENT_VERSION, today);
        this.submittedAt = submittedAt;
    }

    @Override
    public long id() {
        return id;
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

    public String email() {
        return email;
    }

    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    @Override
    public HomeLocation location() {
        return location;
    }

    public Set<String> languages() {
        return Codes.split(languages, ",");
    }

    public Set<String> interests() {
        return Codes.split(interests, "\n");
    }

    public Set<WeeklySlot> availability() {
        return Codes.slots(availability);
    }

    public String about() {
        return about;
    }

    public Consent consent() {
        return consent;
    }

    @Override
    public LocalDateTime submittedAt() {
        return submittedAt;
    }
}
