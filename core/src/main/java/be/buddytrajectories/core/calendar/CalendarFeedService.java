package be.buddytrajectories.core.calendar;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.token.SecretTokens;
import be.buddytrajectories.hostapi.PeopleDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;

/**
 * A buddy's personal calendar feed: he creates (or replaces) and revokes it himself; a calendar app reads it with
 * the token alone, checked at every read.
 */
@ApplicationScoped
public class CalendarFeedService {

    /** The feed's path inside the host, before {@code <token>.ics}. */
    public static final String PATH = "buddy/agenda/";

    private final BuddyDatabase database;
    private final AccessGuard access;
    private final PeopleDirectory people;
    private final Clock clock;

    @Inject
    public CalendarFeedService(BuddyDatabase database, AccessGuard access, PeopleDirectory people, Clock clock) {
        this.database = database;
        this.access = access;
        this.people = people;
        this.clock = clock;
    }

    /**
     * Creates the signed-in buddy's feed with titles in this language; a feed he had stops working. The token is
     * in the answer only: the path is {@link #PATH}{@code <token>.ics}.
     */
    public String createMine(Locale locale) {
        access.requireAny("calendar.createMine", Permission.BUDDY);
        long volunteer = access.personId("calendar.createMine");
        Objects.requireNonNull(locale, "locale");
        return database.inTransaction(em -> {
            LocalDateTime now = now();
            active(em, volunteer).forEach(old -> old.revoke(now));
            String token = SecretTokens.newToken();
            em.persist(new CalendarFeed(volunteer, SecretTokens.hash(token), locale, now));
            return token;
        });
    }

    /** Revokes the signed-in buddy's feed. */
    public void revokeMine() {
        access.requireAny("calendar.revokeMine", Permission.BUDDY);
        long volunteer = access.personId("calendar.revokeMine");
        database.runInTransaction(em -> {
            LocalDateTime now = now();
            active(em, volunteer).forEach(old -> old.revoke(now));
        });
    }

    /** When the signed-in buddy's working feed was created; empty when he has none. */
    public Optional<LocalDateTime> mineSince() {
        access.requireAny("calendar.mineSince", Permission.BUDDY);
        long volunteer = access.personId("calendar.mineSince");
        return database.inTransaction(em -> active(em, volunteer).stream().map(CalendarFeed::createdAt).findFirst());
    }

    /** The feed as a UTF-8 {@code .ics}; empty for a malformed, unknown or revoked token, all alike. */
    public Optional<byte[]> feed(String token) {
        if (!SecretTokens.wellFormed(token)) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        return database.inTransaction(em -> em.createQuery(
                        "select f from CalendarFeed f where f.tokenHash = :h and f.revokedAt is null", CalendarFeed.class)
                .setParameter("h", SecretTokens.hash(token)).getResultStream().findFirst()
                .map(feed -> CalendarFiles.bytes(CalendarFiles.calendar(ImmutableMethod.PUBLISH,
                        BuddyAgenda.name(feed.locale()),
                        BuddyAgenda.of(em, people, feed.volunteerId(), feed.locale(), today).stream()
                                .map(event -> CalendarFiles.allDay(event, clock.instant())).toList()))));
    }

    private static List<CalendarFeed> active(EntityManager em, long volunteerId) {
        return em.createQuery("select f from CalendarFeed f where f.volunteerId = :v and f.revokedAt is null",
                CalendarFeed.class).setParameter("v", volunteerId).getResultList();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
