package be.buddytrajectories.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.outbox.IndexOutbox;
import be.buddytrajectories.core.profile.BuddyProfile;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Profiles;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.search.index.ProfileIndex;
import be.buddytrajectories.search.profile.BuddyProfileDocument;
import be.buddytrajectories.search.profile.BuddyStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two hosts on one database, each with its own index fed from the shared outbox by position: both see every change,
 * a change that commits late with a lower id included, and a row goes only once both have passed it.
 */
class TwoHostIndexIT {

    @TempDir
    Path dir;

    private CoreFixture fixture;
    private ProfileIndexer hostA;
    private ProfileIndexer hostB;

    @AfterEach
    void close() throws Exception {
        for (ProfileIndexer host : new ProfileIndexer[] {hostA, hostB}) {
            if (host != null) {
                host.close();
            }
        }
        fixture.close();
    }

    private ProfileIndexer open(String name) {
        return new ProfileIndexer(dir.resolve(name).resolve("index"), fixture.bean(IndexOutbox.class),
                new BuddyDocuments(fixture.db(), fixture.bean(PeopleDirectory.class)), fixture.db(),
                fixture.bean(AccessGuard.class));
    }

    private long registerBuddy(String name) {
        long id = fixture.volunteer(name).id();
        fixture.bean(BuddyProfileService.class).register(id, Profiles.buddy());
        return id;
    }

    private void changeInterest(long buddy, String interest) {
        BuddyProfileService profiles = fixture.bean(BuddyProfileService.class);
        BuddyProfile profile = profiles.find(buddy).orElseThrow();
        profiles.update(buddy, profile.version(), Profiles.buddy(Profiles.buddy().languages(), Set.of(interest)));
    }

    private static Optional<BuddyProfileDocument> stored(ProfileIndexer host, long buddy) {
        try {
            return host.index().storedProfile(Long.toString(buddy));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean indexed(ProfileIndexer host, long buddy, String interest) {
        return stored(host, buddy).map(p -> p.interests().contains(interest)).orElse(false);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " not within 20 s");
            }
            Thread.sleep(10);
        }
    }

    private Map<String, String> databaseContent() {
        Map<String, String> content = new TreeMap<>();
        try (Stream<BuddyProfileDocument> all = new BuddyDocuments(fixture.db(), fixture.bean(PeopleDirectory.class))
                .all()) {
            all.forEach(d -> content.put(d.id(), ProfileIndex.contentHash(d)));
        }
        return content;
    }

    private static Map<String, String> content(ProfileIndexer host) throws IOException {
        host.index().refresh();
        return new TreeMap<>(host.index().contentHashes());
    }

    private long reportedPosition(String hostId) {
        return fixture.db().inTransaction(em -> ((Number) em.createNativeQuery(
                "select seq_no from buddy_index_host where host_id = ?1").setParameter(1, hostId).getSingleResult())
                .longValue());
    }

    private int outboxRows() {
        return fixture.queryInt("select count(*) from buddy_index_outbox");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aChangeThroughEitherHostReachesBothIndexesAndItsRowStaysUntilBothPassedIt(TestDatabases.Kind kind)
            throws Exception {
        fixture = new CoreFixture(kind);
        fixture.signInCoordinator();
        hostA = open("a");
        hostB = open("b");
        long lotte = registerBuddy("Lotte");
        await(() -> indexed(hostA, lotte, "voetbal") && indexed(hostB, lotte, "voetbal"), "both indexed Lotte");

        hostB.close();
        changeInterest(lotte, "schaken");
        await(() -> indexed(hostA, lotte, "schaken"), "host A indexed the change");
        // Host A records its position, and trims, right after it applied a batch.
        await(() -> reportedPosition(hostA.hostId()) == hostA.lastApplied(), "host A recorded its position");
        assertThat(outboxRows()).as("the row host B, registered and away, has not applied").isPositive();

        hostB = open("b");
        assertThat(hostB.isRebuilding()).as("a registered host replays what it missed").isFalse();
        await(() -> indexed(hostB, lotte, "schaken"), "host B caught up");
        await(() -> outboxRows() == 0, "the row gone once both passed it");
        assertThat(content(hostA)).isEqualTo(content(hostB)).isEqualTo(databaseContent());
        fixture.signInAdmin();
        assertThat(hostA.hosts()).extracting(HostIndex::thisHost, HostIndex::behind)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(true, 0L),
                        org.assertj.core.groups.Tuple.tuple(false, 0L));
    }

    /**
     * Row ids are taken at insert: a transaction holding a lower id than rows both hosts already applied commits
     * afterwards. Reading by id from the last id applied would skip it; by position, both hosts apply it.
     */
    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aChangeCommittedLateWithALowerIdIsAppliedByBothHosts(TestDatabases.Kind kind) throws Exception {
        fixture = new CoreFixture(kind);
        fixture.signInCoordinator();
        hostA = open("a");
        hostB = open("b");
        long lotte = registerBuddy("Lotte");
        long wout = registerBuddy("Wout");
        await(() -> indexed(hostA, wout, "voetbal") && indexed(hostB, wout, "voetbal"), "both indexed Wout");
        CountDownLatch rowTaken = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Thread late = new Thread(() -> fixture.db().runInTransaction(em -> {
            em.find(BuddyProfile.class, lotte).changeStatus(BuddyStatus.PAUSED);
            fixture.bean(IndexOutbox.class).volunteerChanged(em, lotte);
            em.flush();
            rowTaken.countDown();
            try {
                commit.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        late.start();
        assertThat(rowTaken.await(10, TimeUnit.SECONDS)).isTrue();

        changeInterest(wout, "fietsen");
        await(() -> indexed(hostA, wout, "fietsen") && indexed(hostB, wout, "fietsen"), "both applied the later row");
        commit.countDown();
        late.join(TimeUnit.SECONDS.toMillis(30));

        await(() -> status(hostA, lotte) == BuddyStatus.PAUSED && status(hostB, lotte) == BuddyStatus.PAUSED,
                "both applied the row committed late");
        assertThat(content(hostA)).isEqualTo(content(hostB)).isEqualTo(databaseContent());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aHostAwayLongerThanTheExpiryIsUnregisteredAndRebuildsWhenItReturns(TestDatabases.Kind kind)
            throws Exception {
        fixture = new CoreFixture(kind);
        fixture.signInCoordinator();
        hostA = open("a");
        hostB = open("b");
        long lotte = registerBuddy("Lotte");
        await(() -> indexed(hostA, lotte, "voetbal") && indexed(hostB, lotte, "voetbal"), "both indexed Lotte");
        hostB.close();

        fixture.clock.advance(ProfileIndexer.HOST_EXPIRY.plusMinutes(1));
        changeInterest(lotte, "koken");
        await(() -> indexed(hostA, lotte, "koken"), "host A indexed the change");
        await(() -> outboxRows() == 0, "the rows trimmed once host B was unregistered");

        hostB = open("b");
        assertThat(hostB.isRebuilding()).as("host B rebuilds rather than replays").isTrue();
        await(() -> !hostB.isRebuilding() && indexed(hostB, lotte, "koken"), "host B rebuilt");
        assertThat(content(hostB)).isEqualTo(content(hostA)).isEqualTo(databaseContent());
    }

    private static BuddyStatus status(ProfileIndexer host, long buddy) {
        return stored(host, buddy).map(BuddyProfileDocument::status).orElse(null);
    }
}
