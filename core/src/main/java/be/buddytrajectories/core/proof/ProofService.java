package be.buddytrajectories.core.proof;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.audit.AuditAction;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.contact.ActivityType;
import be.buddytrajectories.core.contact.Contact;
import be.buddytrajectories.core.contact.ContactFigures;
import be.buddytrajectories.core.contact.CountedHours;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.rules.NotFoundException;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.trajectory.Agreement;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryAccess;
import be.buddytrajectories.hostapi.HostInfo;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The proof of participation of a duo: the data and its PDF. Coordinators issue it (audited); the newcomer's name is
 * read from the host at issue time and never stored by the plugin. Every PDF issued gets a verification record
 * with its own code, which coordinators list and revoke.
 */
@ApplicationScoped
public class ProofService {

    private final BuddyDatabase database;
    private final AccessGuard access;
    private final PeopleDirectory people;
    private final AuditTrail audit;
    private final HostInfo host;
    private final Clock clock;

    @Inject
    public ProofService(BuddyDatabase database, AccessGuard access, PeopleDirectory people, AuditTrail audit,
                        HostInfo host, Clock clock) {
        this.database = database;
        this.access = access;
        this.people = people;
        this.audit = audit;
        this.host = host;
        this.clock = clock;
    }

    /** The figures of the proof: past contacts only, totals only. */
    public ProofOfParticipation data(long trajectoryId) {
        access.requireAny("proof.data", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> {
            ProofOfParticipation proof = compose(em, trajectoryId);
            audit.record(em, AuditAction.GENERATE_PROOF, proof.newcomerId(), "trajectory " + trajectoryId);
            return proof;
        });
    }

    /**
     * The proof as a PDF for the thank-you mail the plugin sends the newcomer when the duo reaches its hours, inside
     * the sender's transaction: no user asks for it, so no permission is checked; it is audited like a proof a
     * coordinator issues. A retry of the same mail with the same figures carries the same code.
     */
    public byte[] pdfForThankYouMail(EntityManager em, long trajectoryId, long mailId, Locale locale) {
        ProofOfParticipation proof = compose(em, trajectoryId);
        ProofVerification verification = em.createQuery(
                        "select v from ProofVerification v where v.mailId = :m order by v.id desc", ProofVerification.class)
                .setParameter("m", mailId).getResultStream().findFirst().filter(v -> v.states(proof))
                .orElseGet(() -> issue(em, proof, mailId, "trajectory " + trajectoryId + ", sent by mail"));
        return render(proof, verification, locale);
    }

    /** The proof as a PDF ready to sign, in Dutch unless English is asked for, with a new verification code. */
    public byte[] pdf(long trajectoryId, Locale locale) {
        access.requireAny("proof.pdf", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> {
            ProofOfParticipation proof = compose(em, trajectoryId);
            return render(proof, issue(em, proof, null, "trajectory " + trajectoryId), locale);
        });
    }

    /** The proofs issued for a duo, newest first. */
    public List<IssuedProof> issued(long trajectoryId) {
        access.requireAny("proof.issued", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> em.createQuery(
                        "select v from ProofVerification v where v.trajectoryId = :t order by v.id desc",
                        ProofVerification.class).setParameter("t", trajectoryId).getResultStream()
                .map(IssuedProof::of).toList());
    }

    /** The proof stops checking as valid (audited); revoking it again changes nothing. */
    public IssuedProof revoke(long verificationId) {
        access.requireAny("proof.revoke", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> {
            ProofVerification verification = em.find(ProofVerification.class, verificationId);
            if (verification == null) {
                throw new NotFoundException("proof", verificationId);
            }
            verification.revoke(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            Long newcomer = verification.trajectoryId().map(t -> em.find(Trajectory.class, t))
                    .map(t -> (Long) t.newcomerId()).orElse(null);
            audit.record(em, AuditAction.REVOKE_PROOF, newcomer, verification.trajectoryId()
                    .map(t -> "trajectory " + t + ", ").orElse("") + "code " + VerificationCode.grouped(verification.code()));
            return IssuedProof.of(verification);
        });
    }

    private ProofVerification issue(EntityManager em, ProofOfParticipation proof, Long mailId, String auditDetail) {
        ProofVerification verification = new ProofVerification(VerificationCode.newCode(), proof, mailId);
        em.persist(verification);
        audit.record(em, AuditAction.GENERATE_PROOF, proof.newcomerId(),
                auditDetail + ", code " + VerificationCode.grouped(verification.code()));
        return verification;
    }

    private byte[] render(ProofOfParticipation proof, ProofVerification verification, Locale locale) {
        return ProofPdf.render(proof, VerificationCode.grouped(verification.code()),
                ProofCheckService.link(host, verification.code()), locale);
    }

    private ProofOfParticipation compose(EntityManager em, long trajectoryId) {
        LocalDate today = LocalDate.now(clock);
        Trajectory t = TrajectoryAccess.load(em, trajectoryId);
        LocalDate from = t.startedOn().orElseThrow(() -> new RuleViolationException("buddy.proof.notStarted"));
        List<Contact> contacts = ContactFigures.past(em, trajectoryId, today);
        Set<ActivityType> types = EnumSet.noneOf(ActivityType.class);
        contacts.forEach(c -> types.add(c.activityType()));
        long minutes = contacts.stream().mapToLong(Contact::minutes).sum();
        List<Contact> confirmed = contacts.stream().filter(Contact::confirmed).toList();
        String name = people.find(t.newcomerId()).map(Person::displayName).orElse("#" + t.newcomerId());
        return new ProofOfParticipation(t.id(), t.newcomerId(), name, from, t.closedOn().orElse(today), minutes,
                contacts.size(), t.hoursTarget().orElse(0), types,
                t.agreement().map(Agreement::contactPerson).orElse(""), today,
                confirmed.stream().mapToLong(Contact::minutes).sum(), confirmed.size(),
                CountedHours.of(em, trajectoryId, today));
    }
}
