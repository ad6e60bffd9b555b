package be.buddytrajectories.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.access.AccessDeniedException;
import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.outbox.IndexOutbox;
import be.buddytrajectories.core.persistence.BuddyDatabase;
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
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProfileIndexerIT {

    @TempDir
    Path indexDir;

    private CoreFixture fixture;
    private ProfileIndexer index;
    /** Runs when a rebuild has read the last profile, before it swaps and discards what it included. */
    private volatile Runnable afterRebuildRead = () -> { };

    @AfterEach
    void close() throws Exception {
        if (index != null) {
            index.close();
        }
        fixture.close();
    }

    private ProfileIndexer openIndex() {
        BuddyDatabase database = fixture.db();
        BuddyDocuments documents = new BuddyDocuments(database, fixture.bean(PeopleDirectory.class)) {
            @Override
            Stream<BuddyProfileDocument> all() {
                return Stream.concat(super.all(), Stream.of(0).flatMap(end -> {
                    afterRebuildRead.run();
                    return Stream.empty();
                }));
            }
        };
        index = new ProfileIndexer(indexDir, fixture.bean(IndexOutbox.class), documents, database,
                fixture.bean(AccessGuard.class));
        return index;
    }

    private long registerBuddy(String name) {
        long id = fixture.volunteer(name).id();
        fixture.bean(BuddyProfileService.class).register(id, Profiles.buddy());
        return id;
    }

    /** Waits for the condition and returns how long it took. */
    private static long millisUntil(BooleanSupplier condition, Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - start > limit.toNanos()) {
                throw new AssertionError("not within " + limit);
            }
            Thread.sleep(10);
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private boolean indexed(long volunteerId, String interest) {
        try {
            return index.index().storedProfile(Long.toString(volunteerId))
                    .map(p -> p.interests().contains(interest)).orElse(false);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Index content by id, compared by content hash with what the database says now. */
    private Map<String, String> indexContent() throws IOException {
        return new TreeMap<>(index.index().contentHashes());
    }

    private Map<String, String> databaseContent() {
        BuddyDocuments documents = new BuddyDocuments(fixture.db(), fixture.bean(PeopleDirectory.class));
        Map<String, String> content = new TreeMap<>();
        try (Stream<be.buddytrajectories.search.profile.BuddyProfileDocument> all = documents.all()) {
            all.forEach(d -> content.put(d.id(), ProfileIndex.contentHash(d)));
        }
        return content;
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aCommittedProfileChangeIsSearchableWithinOneSecond(TestDatabases.Kind kind) throws Exception {
        fixture = new CoreFixture(kind);
        fixture.signInCoordinator();
        openIndex();

        long lotte = registerBuddy("Lotte");
        long registered = millisUntil(() -> indexed(lotte, "voetbal"), Duration.ofSeconds(5));

        BuddyProfile profile = fixture.bean(BuddyProfileService.class).find(lotte).orElseThrow();
        fixture.bean(BuddyProfileService.class).update(lotte, profile.version(),
                Profiles.buddy(Profiles.buddy().languages(), Set.of("schaken")));
        long changed = millisUntil(() -> indexed(lotte, "schaken"), Duration.ofSeconds(5));

        assertThat(registered).isLessThan(1000);
        assertThat(changed).isLessThan(1000);
        millisUntil(() -> fixture.queryInt("select count(*) from buddy_index_outbox") == 0, Duration.ofSeconds(5));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void changesCommittedWhileTheIndexerWasDownAreAppliedAtTheNextStart(TestDatabases.Kind kind) throws Exception {
        fixture = new CoreFixture(kind);
        fixture.signInCoordinator();
        openIndex();
        long first = registerBuddy("Wout");
        millisUntil(() -> indexed(first, "voetbal"), Duration.ofSeconds(5));
        index.close();

        long second = registerBuddy("Fien");
        openIndex();

        millisUntil(() -> indexed(second, "voetbal"), Duration.ofSeconds(5));
        assertThat(indexContent()).isEqualTo(databaseContent()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aCorruptedSegmentFileIsRebuiltFromTheDatabaseWithNoLostProfile(TestDatabases.Kind kind) throws Exception {
        fixture = new CoreFixture(kind);
        fixture.signInCoordinator();
        openIndex();
        List<Long> ids = List.of(registerBuddy("An"), registerBuddy("Jef"), registerBuddy("Nele"));
        millisUntil(() -> ids.stream().allMatch(id -> indexed(id, "voetbal")), Duration.ofSeconds(5));
        index.close();

        corruptLargestSegmentFile();
        openIndex();

        millisUntil(() -> {
            try {
                return index.index().allIds().size() == ids.size() && !index.index().needsRebuild();
            } catch (IOException e) {
                return false;
            }
        }, Duration.ofSeconds(10));
        assertThat(indexContent()).isEqualTo(databaseContent());
    }

    /**
     * A transaction that took its outbox id before the rebuild began but commits after the rebuild read the
     * profiles (a lower id than rows already applied), while other changes stream in: its change is indexed after
     * the rebuild, and the index equals the database.
     */
    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aChangeThatCommitsWhileARebuildReadsTheProfilesIsIndexedAfterIt(TestDatabases.Kind kind) throws Exception {
        fixture = new CoreFixture(kind);
        fixture.signInCoordinator();
        openIndex();
        long lotte = registerBuddy("Lotte");
        long wout = registerBuddy("Wout");
        millisUntil(() -> indexed(lotte, "voetbal") && indexed(wout, "voetbal"), Duration.ofSeconds(10));
        CountDownLatch rowTaken = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Thread late = new Thread(() -> fixture.db().runInTransaction(em -> {
            em.find(BuddyProfile.class, lotte).changeStatus(BuddyStatus.PAUSED);
            fixture.bean(IndexOutbox.class).volunteerChanged(em, lotte);
            em.flush();
            rowTaken.countDown();
            await(commit);
        }));
        late.start();
        assertThat(rowTaken.await(10, TimeUnit.SECONDS)).isTrue();
        BuddyProfileService profiles = fixture.bean(BuddyProfileService.class);
        List<String> interests = List.of("schaken", "koken", "wandelen", "lezen");
        // A row above the late one's id is committed before the rebuild starts.
        profiles.update(wout, profiles.find(wout).orElseThrow().version(),
                Profiles.buddy(Profiles.buddy().languages(), Set.of("fietsen")));
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            for (int i = 0; rebuilding.get() || i < 3; i++) {
                long version = profiles.find(wout).orElseThrow().version();
                profiles.update(wout, version, Profiles.buddy(Profiles.buddy().languages(),
                        Set.of(interests.get(i % interests.size()))));
            }
        });
        writer.start();
        afterRebuildRead = () -> {
            commit.countDown();
            join(late);
        };

        fixture.signInAdmin();
        index.rebuild().get(30, TimeUnit.SECONDS);
        rebuilding.set(false);
        join(writer);

        millisUntil(() -> index.pending() == 0, Duration.ofSeconds(10));
        assertThat(index.index().storedProfile(Long.toString(lotte)).orElseThrow().status())
                .isEqualTo(BuddyStatus.PAUSED);
        assertThat(indexContent()).isEqualTo(databaseContent());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("not released within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anAdminRebuildReportsProgressToTheEndAndOthersMayNotStartOne(TestDatabases.Kind kind) throws Exception {
        fixture = new CoreFixture(kind);
        fixture.signInCoordinator();
        openIndex();
        registerBuddy("Koen");
        registerBuddy("Ilse");

        assertThatThrownBy(() -> index.rebuild()).isInstanceOf(AccessDeniedException.class);

        fixture.signInAdmin();
        index.rebuild().get(10, TimeUnit.SECONDS);
        IndexStatus status = index.status();

        assertThat(status.rebuilding()).isFalse();
        assertThat(status.rebuildTotal()).isEqualTo(2);
        assertThat(status.rebuildDone()).isEqualTo(2);
        assertThat(status.rebuildProgress()).isEqualTo(1.0);
        assertThat(status.documents()).isEqualTo(2);
        assertThat(indexContent()).isEqualTo(databaseContent());
    }

    private void corruptLargestSegmentFile() throws IOException {
        Path file;
        try (Stream<Path> files = Files.walk(indexDir)) {
            file = files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("segments")
                            && !p.getFileName().toString().equals("CURRENT")
                            && !p.getFileName().toString().endsWith(".lock"))
                    .max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length()))
                    .orElseThrow();
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(raf.length() / 2);
            raf.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }
    }
}
