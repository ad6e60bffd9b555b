package be.buddytrajectories.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.matchproposal.Candidate;
import be.buddytrajectories.core.matchproposal.ProposalService;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.profile.BuddyProfile;
import be.buddytrajectories.core.profile.BuddyProfiles;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Duos;
import be.buddytrajectories.core.testing.FixturePerKind;
import be.buddytrajectories.core.testing.Profiles;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.search.profile.BuddyStatus;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Whoever writes an indexed entity, and however (a service, an import, the demo, a plain EntityManager), the index
 * hears of it in the same transaction, without the writer saying so.
 */
class IndexedChangesIT extends FixturePerKind {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aProfileWrittenWithAPlainEntityManagerReachesTheOutboxOncePerTransaction(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        long volunteer = f.volunteer("Hanne").id();
        BuddyDatabase db = f.db();
        long before = lastId(f);

        db.runInTransaction(em -> BuddyProfiles.register(em, volunteer, Profiles.buddy()));
        db.runInTransaction(em -> {
            BuddyProfile profile = em.find(BuddyProfile.class, volunteer);
            profile.changeStatus(BuddyStatus.PAUSED);
            profile.recordBasicTraining(CoreFixture.START);
        });
        db.runInTransaction(em -> em.remove(em.find(BuddyProfile.class, volunteer)));

        assertThat(changesAfter(f, before)).containsExactly(volunteer + " UPSERT", volunteer + " UPSERT",
                volunteer + " DELETE");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aRolledBackChangeLeavesNoRow(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        long volunteer = f.volunteer("Ine").id();
        long before = lastId(f);

        try {
            f.db().runInTransaction(em -> {
                BuddyProfiles.register(em, volunteer, Profiles.buddy());
                throw new IllegalStateException("changed my mind");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }

        assertThat(changesAfter(f, before)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aDeclinedProposalTellsTheIndexAboutTheBuddyItLetGo(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        long buddy = duos.buddy("Jelle", 1);
        Trajectory waiting = duos.waiting("Kadiatou", false);
        Trajectory proposed = f.bean(ProposalService.class).propose(waiting.id(), waiting.version(),
                List.of(new Candidate(buddy, 70, "Spreekt Frans")));
        long before = lastId(f);

        f.bean(ProposalService.class).decline(proposed.id(), proposed.version(), "woont te ver");

        assertThat(changesAfter(f, before)).containsExactly(buddy + " UPSERT");
    }

    private static long lastId(CoreFixture f) {
        return f.bean(IndexOutbox.class).lastPosition();
    }

    private static List<String> changesAfter(CoreFixture f, long id) {
        return f.bean(IndexOutbox.class).after(id, 100).stream().map(e -> e.volunteerId() + " " + e.type()).toList();
    }
}
