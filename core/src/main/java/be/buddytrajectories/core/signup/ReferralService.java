package be.buddytrajectories.core.signup;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.audit.AuditAction;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.persistence.BuddyDatabase;
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
import java.util.Optional;
import java.util.Locale;
import java.util.Set;

/**
 * Case workers' public referrals of newcomers and their review. Anyone may submit; only coordinators and admins see,
 * accept or decline the queue. Accepting registers the newcomer in the host; his intake, which puts him on the
 * waiting list, is then completed by the coordinator on the intake screen (a waiting newcomer always has an intake).
 */
@ApplicationScoped
public class ReferralService implements ReviewedQueue<Referral> {

    private final BuddyDatabase database;
    private final AccessGuard access;
    private final InputValidator validator;
    private final PeopleDirectory people;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public ReferralService(BuddyDatabase database, AccessGuard access, InputValidator validator,
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
     * A case worker's referral from the public form. The answer is the same whether or not the newcomer is known.
     *
     * @param honeypot the field people do not see; anything in it marks a bot
     * @param language the visitor's language, for validation messages
     * @throws jakarta.validation.ConstraintViolationException when a field is wrong; nothing is written then
     */
    public Submission submit(FormTicket ticket, String clientAddress, String honeypot, ReferralInput input,
                             Locale language) {
        Instant now = clock.instant();
        return SubmissionGate.submit(database, ticket, clientAddress, honeypot, now,
                () -> validator.check(input, language),
                em -> em.persist(new Referral(input, LocalDate.now(clock), SubmissionGate.utc(now))));
    }

    /** The queue, oldest first. */
    @Override
    public List<Referral> pending() {
        access.requireAny("referral.pending", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> em.createQuery(
                "select r from Referral r where r.acceptedAs is null order by r.submittedAt, r.id", Referral.class)
                .getResultList());
    }

    /** One referral with the host people of the newcomer's e-mail address. */
    @Override
    public Review<Referral> review(long referralId) {
        access.requireAny("referral.review", Permission.COORDINATOR, Permission.ADMIN);
        Referral referral = database.inTransaction(em -> load(em, referralId));
        return new Review<>(referral, SubmissionGate.withEmail(people, referral.email().orElse(null)));
    }

    /**
     * Accepts a referral: the host newcomer {@code sameAs} (a coordinator decided it is him), or a new one registered
     * from it. The referral stays, shown on the intake screen, until the newcomer's intake is registered; his wait
     * then counts from the day of the referral ({@link ReferralIntakes}).
     *
     * @return the newcomer's host id, whose intake is to be completed
     */
    @Override
    public long accept(long referralId, Long sameAs) {
        access.requireAny("referral.accept", Permission.COORDINATOR, Permission.ADMIN);
        Referral referral = database.inTransaction(em -> load(em, referralId));
        long newcomerId = sameAs != null ? people.find(sameAs).filter(p -> p.kind() == PersonKind.NEWCOMER)
                .orElseThrow(() -> new RuleViolationException("buddy.intake.notANewcomer", sameAs)).id()
                : people.register(newPerson(referral)).id();
        database.runInTransaction(em -> {
            load(em, referralId).acceptAs(newcomerId);
            audit.record(em, AuditAction.ACCEPT_REFERRAL, newcomerId,
                    "referral " + referralId + (sameAs != null ? " linked to this person" : ""));
        });
        return newcomerId;
    }

    /** The accepted referral of a newcomer whose intake is still to be registered. */
    public Optional<Referral> awaitingIntake(long newcomerId) {
        access.requireAny("referral.awaitingIntake", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> ReferralIntakes.of(em, newcomerId));
    }

    /** Declines a referral: its data are deleted, the decision audited. */
    @Override
    public void decline(long referralId) {
        access.requireAny("referral.decline", Permission.COORDINATOR, Permission.ADMIN);
        database.runInTransaction(em -> {
            em.remove(load(em, referralId));
            audit.record(em, AuditAction.DECLINE_REFERRAL, null, "referral " + referralId);
        });
    }

    private static NewPerson newPerson(Referral referral) {
        return new NewPerson(PersonKind.NEWCOMER, referral.firstName(), referral.lastName(),
                referral.email().orElse(null), referral.phone().orElse(null), null, Gender.X, null,
                referral.location().postcode(), referral.location().municipality(),
                new GeoPoint(referral.location().latitude(), referral.location().longitude()),
                List.copyOf(referral.languages()), Set.of());
    }

    /** A referral still awaiting review. */
    private static Referral load(EntityManager em, long referralId) {
        Referral referral = em.find(Referral.class, referralId);
        if (referral == null || referral.acceptedAs().isPresent()) {
            throw new NotFoundException("referral", referralId);
        }
        return referral;
    }
}
