package be.buddytrajectories.core.mail;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.rules.NotFoundException;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.validation.InputValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The admin's view of mail: which kinds go out, their wording, and the outbox with its failures. Admins only. */
@ApplicationScoped
public class MailAdmin {

    private final BuddyDatabase database;
    private final AccessGuard access;
    private final InputValidator validator;
    private final Clock clock;

    @Inject
    public MailAdmin(BuddyDatabase database, AccessGuard access, InputValidator validator, Clock clock) {
        this.database = database;
        this.access = access;
        this.validator = validator;
        this.clock = clock;
    }

    /** Each kind with whether it goes out. */
    public Map<MailKind, Boolean> kinds() {
        access.requireAny("mail.kinds", Permission.ADMIN);
        return database.inTransaction(em -> {
            Map<MailKind, Boolean> kinds = new EnumMap<>(MailKind.class);
            Arrays.stream(MailKind.values()).forEach(k -> kinds.put(k, MailOutbox.enabled(em, k)));
            return kinds;
        });
    }

    public void switchKind(MailKind kind, boolean on) {
        access.requireAny("mail.switchKind", Permission.ADMIN);
        database.runInTransaction(em -> {
            MailKindSetting setting = em.find(MailKindSetting.class, kind);
            if (setting == null) {
                em.persist(new MailKindSetting(kind, on));
            } else {
                setting.switchTo(on);
            }
        });
    }

    /** The wording in force, the admin's own or the standard one. */
    public Wording wording(MailKind kind, Audience audience, String language) {
        access.requireAny("mail.wording", Permission.ADMIN);
        requireOffered(kind, audience, language);
        return database.inTransaction(em -> MailTemplates.wording(em, kind, audience, language));
    }

    /** Replaces the wording; placeholders the kind does not offer are refused, naming them and the offered ones. */
    public void reword(MailKind kind, Audience audience, String language, Wording wording) {
        access.requireAny("mail.reword", Permission.ADMIN);
        requireOffered(kind, audience, language);
        validator.check(wording);
        Set<String> unknown = MailTemplates.unknownPlaceholders(kind, wording.subject() + "\n" + wording.body());
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("buddy.mail.wording.unknownPlaceholders", String.join(" ", unknown),
                    String.join(" ", kind.placeholders().stream().map(p -> "{" + p + "}").toList()));
        }
        database.runInTransaction(em -> MailWording.find(em, kind, audience, language).ifPresentOrElse(
                w -> w.reword(wording), () -> em.persist(new MailWording(kind, audience, language, wording))));
    }

    /** Back to the bundle's wording. */
    public void restoreStandard(MailKind kind, Audience audience, String language) {
        access.requireAny("mail.restoreStandard", Permission.ADMIN);
        requireOffered(kind, audience, language);
        database.runInTransaction(em -> MailWording.find(em, kind, audience, language).ifPresent(em::remove));
    }

    /** How many mails are in each state. */
    public Map<MailState, Long> figures() {
        access.requireAny("mail.figures", Permission.ADMIN);
        return database.inTransaction(em -> {
            Map<MailState, Long> figures = new EnumMap<>(MailState.class);
            Arrays.stream(MailState.values()).forEach(s -> figures.put(s, 0L));
            em.createQuery("select m.state, count(m) from OutgoingMail m group by m.state", Object[].class)
                    .getResultList().forEach(row -> figures.put((MailState) row[0], (Long) row[1]));
            return figures;
        });
    }

    /** The outbox, mails that still need attention first (failed, waiting, being sent), then the latest others. */
    public List<OutgoingMail> queue(int limit) {
        access.requireAny("mail.queue", Permission.ADMIN);
        return database.inTransaction(em -> em.createQuery("""
                        select m from OutgoingMail m order by
                          case m.state when be.buddytrajectories.core.mail.MailState.FAILED then 0
                                       when be.buddytrajectories.core.mail.MailState.SENDING then 1
                                       when be.buddytrajectories.core.mail.MailState.PENDING then 2 else 3 end,
                          m.createdAt desc, m.id desc""", OutgoingMail.class).setMaxResults(limit).getResultList());
    }

    /** A failed or waiting mail is tried again at the next round, with a fresh count of attempts. */
    public void retry(long mailId) {
        access.requireAny("mail.retry", Permission.ADMIN);
        database.runInTransaction(em -> {
            OutgoingMail mail = em.find(OutgoingMail.class, mailId);
            if (mail == null) {
                throw new NotFoundException("mail", mailId);
            }
            if (mail.state() != MailState.FAILED && mail.state() != MailState.PENDING) {
                throw new RuleViolationException("buddy.mail.retry.notFailed");
            }
            mail.retryNow(now());
        });
    }

    /** Every failed mail is tried again; returns how many. */
    public int retryAllFailed() {
        access.requireAny("mail.retryAllFailed", Permission.ADMIN);
        return database.inTransaction(em -> {
            List<OutgoingMail> failed = em.createQuery(
                    "select m from OutgoingMail m where m.state = be.buddytrajectories.core.mail.MailState.FAILED",
                    OutgoingMail.class).getResultList();
            failed.forEach(m -> m.retryNow(now()));
            return failed.size();
        });
    }

    private static void requireOffered(MailKind kind, Audience audience, String language) {
        if (!kind.audiences().contains(audience) || !MailLanguage.forAudience(audience).contains(language)) {
            throw new RuleViolationException("buddy.mail.wording.notOffered");
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
