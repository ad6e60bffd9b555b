package be.buddytrajectories.core.mail;

import be.buddytrajectories.core.calendar.Invitations;
import be.buddytrajectories.core.checkin.CheckIn;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.proof.ProofService;
import be.buddytrajectories.hostapi.HostInfo;
import be.buddytrajectories.hostapi.Mail;
import be.buddytrajectories.hostapi.MailNotSent;
import be.buddytrajectories.hostapi.Mailer;
import be.buddytrajectories.search.halt.HaltPoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the mails that are due, one at a time: claim (committed), hand to the host's mailer, record the outcome.
 * A claim whose outcome was never recorded (the host died) is due again once its lease has run out.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    /** How many mails one round takes on; the next round takes the rest. */
    static final int BATCH = 25;
    static final String LEASE_SETTING = "buddy.mail.lease.seconds";

    private final BuddyDatabase database;
    private final Mailer mailer;
    private final ProofService proofs;
    private final HostInfo host;
    private final Clock clock;
    private final Duration lease;

    @Inject
    public MailSender(BuddyDatabase database, Mailer mailer, ProofService proofs, HostInfo host, Clock clock) {
        this.database = database;
        this.mailer = mailer;
        this.proofs = proofs;
        this.host = host;
        this.clock = clock;
        this.lease = Duration.ofSeconds(Long.getLong(LEASE_SETTING, 300));
    }

    /**
     * Sends what is due now and returns how many mails the server accepted. A round stops at the first failure that
     * is not about one address (server down, credentials refused): the other mails would fail the same way.
     */
    public int sendDue() {
        int accepted = 0;
        for (long id : dueIds()) {
            Optional<OutgoingMail> claimed = claim(id);
            if (claimed.isEmpty()) {
                continue;
            }
            OutgoingMail mail = claimed.get();
            try {
                mailer.send(toMail(mail));
                HaltPoint.AFTER_MAIL_ACCEPTED.reached();
                record(id, m -> m.accepted(now()));
                accepted++;
            } catch (MailNotSent refused) {
                record(id, m -> m.attemptFailed(refused.getMessage(), refused.permanent(), now()));
                if (!refused.permanent()) {
                    break;
                }
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "mail " + id + " could not be prepared or sent", failed);
                record(id, m -> m.attemptFailed(failed.getClass().getSimpleName() + ": " + failed.getMessage(),
                        false, now()));
                break;
            }
        }
        return accepted;
    }

    private List<Long> dueIds() {
        LocalDateTime now = now();
        return database.inTransaction(em -> em.createQuery("""
                        select m.id from OutgoingMail m
                        where (m.state = be.buddytrajectories.core.mail.MailState.PENDING and m.nextAttemptAt <= :now)
                           or (m.state = be.buddytrajectories.core.mail.MailState.SENDING and m.claimedAt < :expired)
                        order by m.nextAttemptAt, m.id""", Long.class)
                .setParameter("now", now).setParameter("expired", now.minus(lease))
                .setMaxResults(BATCH).getResultList());
    }

    /** Claims the mail for this attempt, or skips it when its receiver or the admin no longer wants it. */
    private Optional<OutgoingMail> claim(long id) {
        try {
            return database.inTransaction(em -> {
                OutgoingMail mail = em.find(OutgoingMail.class, id);
                if (mail == null || !mail.dueAt(now(), lease)) {
                    return Optional.empty();
                }
                if (!MailOutbox.enabled(em, mail.kind())) {
                    mail.skip("kind switched off");
                    return Optional.empty();
                }
                if (MailOutbox.optedOut(em, mail.personId(), mail.kind())) {
                    mail.skip("receiver opted out");
                    return Optional.empty();
                }
                mail.claim(now());
                return Optional.of(mail);
            });
        } catch (RuntimeException anotherHostClaimedIt) {
            return Optional.empty();
        }
    }

    private void record(long id, Consumer<OutgoingMail> outcome) {
        database.runInTransaction(em -> outcome.accept(em.find(OutgoingMail.class, id)));
    }

    Mail toMail(OutgoingMail mail) {
        List<Mail.Attachment> files = mail.attachment().flatMap(file -> render(file, mail)).stream().toList();
        return new Mail(mail.address(), mail.subject(), mail.body(), files,
                "<buddy-mail-" + mail.id() + "@" + messageIdDomain() + ">");
    }

    /** The file, or empty when what it showed is gone (a check-in deleted since): the mail goes without it. */
    private Optional<Mail.Attachment> render(Attachment file, OutgoingMail mail) {
        long ref = mail.attachmentRef().orElseThrow();
        String language = mail.language();
        return switch (file) {
            case PROOF_PDF -> Optional.of(new Mail.Attachment(MailTemplates.text(language, "proof.fileName") + ".pdf",
                    "application/pdf", database.inTransaction(em -> proofs.pdfForThankYouMail(em, ref, mail.id(),
                            Locale.forLanguageTag(language)))));
            case CHECK_IN_ICS -> database.inTransaction(em -> Optional.ofNullable(em.find(CheckIn.class, ref)))
                    .map(checkIn -> new Mail.Attachment(MailTemplates.text(language, "invitation.fileName") + ".ics",
                            "text/calendar; method=REQUEST; charset=UTF-8", Invitations.checkIn(checkIn.id(),
                            checkIn.dueOn(), MailTemplates.text(language, "invitation.summary"), null,
                            "noreply@" + messageIdDomain(), List.of(mail.address()), 0, clock.instant())));
        };
    }

    private String messageIdDomain() {
        String name = host.publicAddress().getHost();
        return name == null || name.isBlank() ? "buddy-trajectories" : name;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
