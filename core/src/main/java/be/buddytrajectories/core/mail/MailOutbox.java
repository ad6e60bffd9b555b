package be.buddytrajectories.core.mail;

import be.buddytrajectories.hostapi.HostInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes mails into the outbox inside the caller's transaction. A letter is not written when the receiver has no
 * address, the admin switched its kind off, the receiver opted out of it, or a mail with its key exists.
 */
@ApplicationScoped
public class MailOutbox {

    private final SignedLinks links;
    private final HostInfo host;
    private final Clock clock;

    @Inject
    public MailOutbox(SignedLinks links, HostInfo host, Clock clock) {
        this.links = links;
        this.host = host;
        this.clock = clock;
    }

    Optional<OutgoingMail> write(EntityManager em, Letter letter) {
        String address = letter.receiver().email();
        if (address == null || address.isBlank() || address.length() > OutgoingMail.Limits.ADDRESS_LENGTH
                || !enabled(em, letter.kind()) || optedOut(em, letter.receiver().id(), letter.kind())
                || exists(em, letter.dedupeKey())) {
            return Optional.empty();
        }
        String language = MailLanguage.of(letter.receiver(), letter.audience());
        Wording wording = MailTemplates.wording(em, letter.kind(), letter.audience(), language);
        String body = MailTemplates.fill(wording.body(), letter.values()) + "\n\n-- \n"
                + MailTemplates.fill(MailTemplates.text(language, "footer"),
                Map.of("link", preferencesLink(letter.receiver().id(), letter.audience())));
        OutgoingMail mail = new OutgoingMail(letter.kind(), letter.receiver().id(), address.strip(), language,
                MailTemplates.fill(wording.subject(), letter.values()), body, letter.dedupeKey(), now());
        if (letter.attachment() != null) {
            mail.attach(letter.attachment(), letter.attachmentRef());
        }
        em.persist(mail);
        return Optional.of(mail);
    }

    /** The link to the page where this person chooses which mails he wants. */
    String preferencesLink(long personId, Audience audience) {
        return host.link(MailPreferences.PATH + "/"
                + links.sign("o-" + personId + "-" + audience.name().toLowerCase(Locale.ROOT)));
    }

    static boolean enabled(EntityManager em, MailKind kind) {
        MailKindSetting setting = em.find(MailKindSetting.class, kind);
        return setting == null || setting.enabled();
    }

    static boolean optedOut(EntityManager em, long personId, MailKind kind) {
        return em.find(MailOptOut.class, new MailOptOut.Key(personId, kind)) != null;
    }

    private static boolean exists(EntityManager em, String dedupeKey) {
        return !em.createQuery("select m.id from OutgoingMail m where m.dedupeKey = :key", Long.class)
                .setParameter("key", dedupeKey).setMaxResults(1).getResultList().isEmpty();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
