package be.buddytrajectories.core.audit;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.hostapi.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Writes audit entries inside the audited operation's transaction, and shows them to admins. */
@ApplicationScoped
public class AuditTrail {

    private final BuddyDatabase database;
    private final AccessGuard access;
    private final Clock clock;

    @Inject
    public AuditTrail(BuddyDatabase database, AccessGuard access, Clock clock) {
        this.database = database;
        this.access = access;
        this.clock = clock;
    }

    /** Records that the current user (or the system, when nobody is signed in) did {@code action}. */
    public void record(EntityManager transaction, AuditAction action, Long subjectPersonId, String detail) {
        CurrentUser user = access.user();
        transaction.persist(new AuditEntry(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                user.personId().orElse(null), user.username().orElse(null), action, subjectPersonId, detail));
    }

    /** The latest entries, newest first. Admins only. */
    public List<AuditEntry> recent(int limit) {
        access.requireAny("audit.recent", Permission.ADMIN);
        return database.inTransaction(em -> em.createQuery(
                        "select a from AuditEntry a order by a.recordedAt desc, a.id desc", AuditEntry.class)
                .setMaxResults(Math.max(1, Math.min(limit, 1000))).getResultList());
    }

    /** Every entry about one person, oldest first. Admins only. */
    public List<AuditEntry> about(long personId) {
        access.requireAny("audit.about", Permission.ADMIN);
        return database.inTransaction(em -> em.createQuery(
                        "select a from AuditEntry a where a.subjectPersonId = :person order by a.id", AuditEntry.class)
                .setParameter("person", personId).getResultList());
    }
}
