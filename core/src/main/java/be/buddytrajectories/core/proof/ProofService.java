package be.buddytrajectories.core.proof;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.audit.AuditAction;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.contact.ActivityType;
import be.buddytrajectories.core.contact.Contact;
import be.buddytrajectories.core.contact.ContactFigures;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.trajectory.Agreement;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryAccess;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The proof of participation of a duo: the data and its PDF. Coordinators issue it (audited); the newcomer's name is
 * read from the host at issue time and never stored by the plugin.
 */
@ApplicationScoped
public class ProofService {

    private final BuddyDatabase database;
    private final AccessGuard access;
    private final PeopleDirectory people;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public ProofService(BuddyDatabase database, AccessGuard access, PeopleDirectory people, AuditTrail audit,
                        Clock clock) {
        this.database = database;
        this.access = access;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** The figures of the proof: past contacts only, totals only. */
    public ProofOfParticipation data(long trajectoryId) {
        access.requireAny("proof.data", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> compose(em, trajectoryId, "trajectory " + trajectoryId));
    }

    /**
     * The proof as a PDF for the thank-you mail the plugin sends the newcomer when the duo reaches its hours, inside
     * the sender's transaction: no user asks for it, so no permission is checked; it is audited like a proof a
     * coordinator issues.
     */
    public byte[] pdfForThankYouMail(EntityManager em, long trajectoryId, Locale locale) {
        return ProofPdf.render(compose(em, trajectoryId, "trajectory " + trajectoryId + ", sent by mail"), locale);
    }

    private ProofOfParticipation compose(EntityManager em, long trajectoryId, String auditDetail) {
        LocalDate today = LocalDate.now(clock);
        Trajectory t = TrajectoryAccess.load(em, trajectoryId);
        LocalDate from = t.startedOn().orElseThrow(() -> new RuleViolationException("buddy.proof.notStarted"));
        List<Contact> contacts = ContactFigures.past(em, trajectoryId, today);
        Set<ActivityType> types = EnumSet.noneOf(ActivityType.class);
        contacts.forEach(c -> types.add(c.activityType()));
        long minutes = contacts.stream().mapToLong(Contact::minutes).sum();
        List<Contact> confirmed = contacts.stream().filter(Contact::confirmed).toList();
        String name = people.find(t.newcomerId()).map(Person::displayName).orElse("#" + t.newcomerId());
        audit.record(em, AuditAction.GENERATE_PROOF, t.newcomerId(), auditDetail);
        return new ProofOfParticipation(t.id(), t.newcomerId(), name, from, t.closedOn().orElse(today), minutes,
                contacts.size(), t.hoursTarget().orElse(0), types,
                t.agreement().map(Agreement::contactPerson).orElse(""), today,
                confirmed.stream().mapToLong(Contact::minutes).sum(), confirmed.size());
    }

    /** The proof as a PDF ready to sign, in Dutch unless English is asked for. */
    public byte[] pdf(long trajectoryId, Locale locale) {
        return ProofPdf.render(data(trajectoryId), locale);
    }
}
