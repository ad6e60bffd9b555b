package be.buddytrajectories.core.signup;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.audit.AuditAction;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.person.LanguageLevel;
import be.buddytrajectories.core.person.LanguageSkill;
import be.buddytrajectories.core.profile.BuddyProfileInput;
import be.buddytrajectories.core.profile.BuddyProfiles;
import be.buddytrajectories.core.rules.NotFoundException;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.validation.InputValidator;
import be.buddytrajectories.hostapi.GeoPoint;
import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.PersonKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Volunteers' public sign-up and its review. Anyone may submit; only coordinators and admins see, accept or decline
 * the queue. Accepting creates (or links) the host volunteer and his buddy profile in its starting status.
 */
@ApplicationScoped
public class VolunteerSignupService implements ReviewedQueue<VolunteerSignup> {

    /** What an accepted sign-up's profile starts with until the coordinator or the buddy changes it. */
    static final int STARTING_TRAVEL_KM = 10;
    static final int STARTING_CAPACITY = 1;

    private final BuddyDatabase database;
    private final AccessGuard access;
    private final InputValidator validator;
    private final PeopleDirectory people;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public VolunteerSignupService(BuddyDatabase database, AccessGuard access, InputValidator validator,
                                  PeopleDirectory people, AuditTrail audit, Clock clock) {
        this.database = database;
        this.access = access;
        this.validator = validator;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** The form is being shown now; its submission must come back with this ticket. */
    public FormTicket openForm() {
        return new FormTicket(clock.instant());
    }

    /**
     * A volunteer's sign-up from the public form. The answer is the same whether or not the e-mail address is
     * known.
     *
     * @param honeypot the field people do not see; anything in it marks a bot
     * @param language the visitor's language, for validation messages
     * @throws jakarta.validation.ConstraintViolationException when a field is wrong; nothing is written then
     */
    public Submission submit(FormTicket ticket, String clientAddress, String honeypot, VolunteerSignupInput input,
                             Locale language) {
        Instant now = clock.instant();
        return SubmissionGate.submit(database, ticket, clientAddress, honeypot, now,
                () -> validator.check(input, language),
                em -> em.persist(new VolunteerSignup(input, LocalDate.now(clock), SubmissionGate.utc(now))));
    }

    /** The queue, oldest first. */
    @Override
    public List<VolunteerSignup> pending() {
        access.requireAny("signup.pending", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> em.createQuery(
                "select s from VolunteerSignup s order by s.submittedAt, s.id", VolunteerSignup.class).getResultList());
    }

    /** One sign-up with the host people of the same e-mail address. */
    @Override
    public Review<VolunteerSignup> review(long signupId) {
        access.requireAny("signup.review", Permission.COORDINATOR, Permission.ADMIN);
        VolunteerSignup signup = database.inTransaction(em -> load(em, signupId));
        return new Review<>(signup, SubmissionGate.withEmail(people, signup.email()));
    }

    /**
     * Accepts a sign-up: the host volunteer {@code sameAs} (a coordinator decided the candidate is him), or a new
     * one, gets a buddy profile from it; the sign-up is deleted.
     *
     * @return the volunteer's host id
     */
    @Override
    public long accept(long signupId, Long sameAs) {
        access.requireAny("signup.accept", Permission.COORDINATOR, Permission.ADMIN);
        VolunteerSignup signup = database.inTransaction(em -> load(em, signupId));
        BuddyProfileInput profile = validator.check(startingProfile(signup));
        long volunteerId = sameAs != null ? people.find(sameAs).filter(p -> p.kind() == PersonKind.VOLUNTEER)
                .orElseThrow(() -> new RuleViolationException("buddy.profile.notAVolunteer", sameAs)).id()
                : people.register(newPerson(signup)).id();
        database.runInTransaction(em -> {
            BuddyProfiles.register(em, volunteerId, profile);
            em.remove(load(em, signupId));
            audit.record(em, AuditAction.ACCEPT_VOLUNTEER_SIGNUP, volunteerId,
                    "volunteer sign-up " + signupId + (sameAs != null ? " linked to this person" : ""));
        });
        return volunteerId;
    }

    /** Declines a sign-up: its data are deleted, the decision audited. */
    @Override
    public void decline(long signupId) {
        access.requireAny("signup.decline", Permission.COORDINATOR, Permission.ADMIN);
        database.runInTransaction(em -> {
            em.remove(load(em, signupId));
            audit.record(em, AuditAction.DECLINE_VOLUNTEER_SIGNUP, null, "volunteer sign-up " + signupId);
        });
    }

    private static BuddyProfileInput startingProfile(VolunteerSignup signup) {
        // The form asks which languages, not how well: a coordinator sets the level at the intake interview.
        Set<LanguageSkill> languages = signup.languages().stream()
                .map(code -> new LanguageSkill(code, LanguageLevel.CONVERSATIONAL)).collect(Collectors.toSet());
        return new BuddyProfileInput(languages, signup.interests(), null, signup.about(), null, null,
                signup.availability(), signup.location(), STARTING_TRAVEL_KM, STARTING_CAPACITY, null, null, null,
                true, false, signup.consent());
    }

    private static NewPerson newPerson(VolunteerSignup signup) {
        return new NewPerson(PersonKind.VOLUNTEER, signup.firstName(), signup.lastName(), signup.email(),
                signup.phone().orElse(null), null, Gender.X, null, signup.location().postcode(),
                signup.location().municipality(),
                new GeoPoint(signup.location().latitude(), signup.location().longitude()),
                List.copyOf(signup.languages()), Set.of());
    }

    private static VolunteerSignup load(EntityManager em, long signupId) {
        VolunteerSignup signup = em.find(VolunteerSignup.class, signupId);
        if (signup == null) {
            throw new NotFoundException("volunteer sign-up", signupId);
        }
        return signup;
    }
}
