package be.buddytrajectories.core.mail;

import be.buddytrajectories.core.persistence.BuddyDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What each person wants to receive, chosen through the signed link at the foot of every mail (no account
 * needed). A choice counts at once: a mail already waiting in the outbox is skipped when its turn comes.
 */
@ApplicationScoped
public class MailPreferences {

    /** The page of the link, below the host's public address. */
    public static final String PATH = "buddy/mail";

    private final BuddyDatabase database;
    private final SignedLinks links;

    @Inject
    public MailPreferences(BuddyDatabase database, SignedLinks links) {
        this.database = database;
        this.links = links;
    }

    /** The choices behind a link from a mail, or empty when the link is not one this installation made. */
    public Optional<Choices> of(String link) {
        return holder(link).map(h -> database.inTransaction(em -> {
            Map<MailKind, Boolean> wanted = new LinkedHashMap<>();
            Arrays.stream(MailKind.values()).filter(k -> k.audiences().contains(h.audience()))
                    .forEach(k -> wanted.put(k, !MailOutbox.optedOut(em, h.personId(), k)));
            return new Choices(h.audience(), wanted);
        }));
    }

    /** Records whether the link's holder wants mails of {@code kind}; empty when the link is not valid. */
    public Optional<Choices> choose(String link, MailKind kind, boolean wanted) {
        Optional<Holder> holder = holder(link).filter(h -> kind.audiences().contains(h.audience()));
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        long personId = holder.get().personId();
        database.runInTransaction(em -> {
            MailOptOut existing = em.find(MailOptOut.class, new MailOptOut.Key(personId, kind));
            if (wanted && existing != null) {
                em.remove(existing);
            } else if (!wanted && existing == null) {
                em.persist(new MailOptOut(personId, kind));
            }
        });
        return of(link);
    }

    private Optional<Holder> holder(String link) {
        return links.verify(link).flatMap(payload -> {
            String[] parts = payload.split("-");
            if (parts.length != 3 || !parts[0].equals("o")) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Holder(Long.parseLong(parts[1]),
                        Audience.valueOf(parts[2].toUpperCase(Locale.ROOT))));
            } catch (IllegalArgumentException malformed) {
                return Optional.empty();
            }
        });
    }

    private record Holder(long personId, Audience audience) {
    }

    /** The kinds of mail a person can receive, each with whether he wants it. */
    public record Choices(Audience audience, Map<MailKind, Boolean> wanted) {

        public Choices {
            wanted = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(wanted));
        }
    }
}
