package be.buddytrajectories.core.spreadsheet;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.audit.AuditAction;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.intake.NewcomerIntake;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.profile.BuddyProfile;
import be.buddytrajectories.core.profile.Screening;
import be.buddytrajectories.core.profile.ScreeningKind;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CSV export of buddies, newcomers and started duos with the columns of the import, so that an export re-imports
 * (duos name their people by e-mail). Each export is audited: it takes personal data out of the system.
 */
@ApplicationScoped
public class SpreadsheetExport {

    private static final int PEOPLE_BATCH = 500;

    private final BuddyDatabase database;
    private final AccessGuard access;
    private final PeopleDirectory people;
    private final AuditTrail audit;

    @Inject
    public SpreadsheetExport(BuddyDatabase database, AccessGuard access, PeopleDirectory people, AuditTrail audit) {
        this.database = database;
        this.access = access;
        this.people = people;
        this.audit = audit;
    }

    /** The file of {@code kind}: UTF-8 with byte order mark, semicolons, headers in the user's language. */
    public byte[] export(SpreadsheetKind kind) {
        access.requireAny("spreadsheet.export", Permission.COORDINATOR, Permission.ADMIN);
        Locale locale = access.user().locale();
        CsvWriter csv = new CsvWriter().line(kind.fields().stream().map(f -> f.header(locale)).toList());
        database.runInTransaction(em -> {
            List<List<String>> lines = switch (kind) {
                case BUDDIES -> buddies(em);
                case NEWCOMERS -> newcomers(em);
                case DUOS -> duos(em);
            };
            lines.forEach(csv::line);
            audit.record(em, AuditAction.EXPORT_PERSON, null,
                    "spreadsheet export of " + kind.name().toLowerCase(Locale.ROOT) + ": " + lines.size() + " rows");
        });
        return csv.bytes();
    }

    private List<List<String>> buddies(EntityManager em) {
        List<BuddyProfile> profiles = em.createQuery("select p from BuddyProfile p order by p.volunteerId",
                BuddyProfile.class).getResultList();
        Map<Long, Person> byId = people(profiles.stream().map(BuddyProfile::volunteerId));
        Map<Long, Screening> screenings = new java.util.HashMap<>();
        // Ordered by validity: the one valid longest, the one that makes him screened, is put last.
        em.createQuery("select s from Screening s where s.kind in :kinds order by s.validUntil, s.id", Screening.class)
                .setParameter("kinds", java.util.Arrays.stream(ScreeningKind.values())
                        .filter(ScreeningKind::makesScreened).toList())
                .getResultList().forEach(s -> screenings.put(s.volunteerId(), s));
        return profiles.stream().filter(p -> byId.containsKey(p.volunteerId()))
                .map(p -> BuddyRows.write(byId.get(p.volunteerId()), p, screenings.get(p.volunteerId()))).toList();
    }

    private List<List<String>> newcomers(EntityManager em) {
        List<NewcomerIntake> intakes = em.createQuery("select i from NewcomerIntake i order by i.newcomerId",
                NewcomerIntake.class).getResultList();
        Map<Long, Person> byId = people(intakes.stream().map(NewcomerIntake::newcomerId));
        return intakes.stream().filter(i -> byId.containsKey(i.newcomerId()))
                .map(i -> NewcomerRows.write(byId.get(i.newcomerId()), i)).toList();
    }

    /** Duos that started (active, paused or closed after a start); waiting lists and proposals are no duos yet. */
    private List<List<String>> duos(EntityManager em) {
        List<Trajectory> duos = em.createQuery("select t from Trajectory t where t.startedOn is not null order by t.id",
                Trajectory.class).getResultList();
        Map<Long, Person> byId = people(duos.stream()
                .flatMap(t -> Stream.concat(Stream.of(t.newcomerId()), t.buddyIds().stream())).distinct());
        return duos.stream().map(t -> DuoRows.write(t, byId)).toList();
    }

    private Map<Long, Person> people(Stream<Long> ids) {
        List<Long> all = ids.toList();
        Map<Long, Person> byId = new HashMap<>();
        for (int from = 0; from < all.size(); from += PEOPLE_BATCH) {
            people.findAll(new ArrayList<>(all.subList(from, Math.min(all.size(), from + PEOPLE_BATCH))))
                    .forEach(p -> byId.put(p.id(), p));
        }
        return byId;
    }
}
