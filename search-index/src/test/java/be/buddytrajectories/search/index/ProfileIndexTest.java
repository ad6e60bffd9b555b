package be.buddytrajectories.search.index;

import static be.buddytrajectories.search.TestProfiles.buddy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.search.profile.BuddyPreferences;
import be.buddytrajectories.search.profile.BuddyProfileDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileIndexTest {

    @TempDir
    Path directory;

    @Test
    void upsertReplacesTheProfileWithTheSameId() throws IOException {
        try (ProfileIndex index = ProfileIndex.open(directory)) {
            index.upsert(buddy("b1").with(b -> b.about = "first").build());
            index.upsert(buddy("b1").with(b -> b.about = "second").build());
            index.refresh();

            assertThat(index.allIds()).containsExactly("b1");
            assertThat(index.storedProfile("b1")).get().extracting(BuddyProfileDocument::about).isEqualTo("second");
        }
    }

    @Test
    void deleteRemovesTheProfile() throws IOException {
        try (ProfileIndex index = ProfileIndex.open(directory)) {
            index.upsert(buddy("b1").build());
            index.upsert(buddy("b2").build());
            index.delete("b1");
            index.refresh();

            assertThat(index.allIds()).containsExactly("b2");
            assertThat(index.storedProfile("b1")).isEmpty();
        }
    }

    @Test
    void storedProfileAndHashEqualWhatWasUpserted() throws IOException {
        BuddyProfileDocument profile = buddy("b1").with(b -> {
            b.interests = List.of("voetbal", "koken");
            b.preferences = new BuddyPreferences(Gender.F, 20, 40, false);
            b.excluded = Set.of("n1", "n2");
            b.paired = Set.of("n3");
        }).build();
        try (ProfileIndex index = ProfileIndex.open(directory)) {
            index.upsert(profile);
            index.refresh();

            assertThat(index.storedProfile("b1")).contains(profile);
            assertThat(index.contentHashes()).containsEntry("b1", ProfileIndex.contentHash(profile));
        }
    }

    @Test
    void commitUserDataRoundTripsAcrossReopen() throws IOException {
        try (ProfileIndex index = ProfileIndex.open(directory)) {
            assertThat(index.lastCommittedPosition()).isEmpty();
            index.upsert(buddy("b1").build());
            index.commit(42);
        }
        try (ProfileIndex index = ProfileIndex.open(directory)) {
            assertThat(index.lastCommittedPosition()).hasValue(42);
            assertThat(index.allIds()).containsExactly("b1");
            assertThat(index.needsRebuild()).isFalse();
        }
    }

    @Test
    void rebuildSwapsInAFreshGenerationAndReportsProgress() throws IOException {
        try (ProfileIndex index = ProfileIndex.open(directory)) {
            index.upsert(buddy("old").build());
            index.commit(1);
            index.refresh();
            List<Long> progress = new ArrayList<>();

            long count = index.rebuild(IntStream.range(0, 2_500).mapToObj(i -> buddy("b" + i).build()), 7,
                    progress::add);

            assertThat(count).isEqualTo(2_500);
            assertThat(progress).containsExactly(1_000L, 2_000L, 2_500L);
            assertThat(index.allIds()).hasSize(2_500).doesNotContain("old");
            assertThat(index.lastCommittedPosition()).hasValue(7);
            assertThat(Files.readString(directory.resolve("CURRENT"))).isEqualTo("index-2");
            assertThat(directory.resolve("index-1")).doesNotExist();
        }
        try (ProfileIndex index = ProfileIndex.open(directory)) {
            assertThat(index.allIds()).hasSize(2_500);
        }
    }

    @Test
    void buddiesWhoLiveCloseTogetherAreStoredTogetherWhateverTheOrderTheyCameIn() throws IOException {
        // Ostend, Hasselt and Arlon, given in turn: a search around one town should read one run of documents.
        double[][] towns = {{51.2154, 2.9286}, {50.9307, 5.3325}, {49.6833, 5.8167}};
        List<BuddyProfileDocument> inTurn = IntStream.range(0, 30).mapToObj(i -> buddy(i % 3 + "-" + i).with(b -> {
            b.lat = towns[i % 3][0] + i * 1e-4;
            b.lon = towns[i % 3][1];
        }).build()).toList();
        try (ProfileIndex index = ProfileIndex.open(directory.resolve("rebuilt"))) {
            index.rebuild(inTurn.stream(), 1, count -> { });

            assertThat(townRuns(index.allIds())).isEqualTo(3);
        }
        try (ProfileIndex index = ProfileIndex.open(directory.resolve("upserted"))) {
            for (BuddyProfileDocument buddy : inTurn) {
                index.upsert(buddy);
            }
            index.refresh();

            assertThat(townRuns(index.allIds())).isEqualTo(3);
        }
    }

    /** How many runs of the same town the ids, in document order, form. */
    private static long townRuns(List<String> ids) {
        assertThat(ids).hasSize(30);
        return IntStream.range(0, ids.size())
                .filter(i -> i == 0 || ids.get(i).charAt(0) != ids.get(i - 1).charAt(0)).count();
    }

    @Test
    void aFailedRebuildLeavesTheLiveIndexUntouched() throws IOException {
        try (ProfileIndex index = ProfileIndex.open(directory)) {
            index.upsert(buddy("kept").build());
            index.commit(1);
            index.refresh();
            Stream<BuddyProfileDocument> failing = Stream.of(buddy("b1").build()).map(b -> {
                throw new IllegalStateException("database went away");
            });

            assertThatThrownBy(() -> index.rebuild(failing, 2, count -> { }))
                    .isInstanceOf(IllegalStateException.class).hasMessage("database went away");

            assertThat(index.allIds()).containsExactly("kept");
            assertThat(index.lastCommittedPosition()).hasValue(1);
        }
    }

    @Test
    void aCorruptedSegmentFileIsDetectedAndTheIndexReopensEmptyForARebuild() throws IOException {
        try (ProfileIndex index = ProfileIndex.open(directory)) {
            for (int i = 0; i < 50; i++) {
                int n = i;
                index.upsert(buddy("b" + i).with(b -> b.about = "Ik hou van wandelen en koken, nummer " + n).build());
            }
            index.commit(3);
            assertThat(index.checkIntegrity().healthy()).isTrue();
        }
        Path segmentFile = largestSegmentFile(directory.resolve("index-1"));
        byte[] bytes = Files.readAllBytes(segmentFile);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 16; i++) {
            bytes[i] = (byte) ~bytes[i];
        }
        Files.write(segmentFile, bytes);

        IndexHealth health = ProfileIndex.check(directory);

        assertThat(health.state()).isEqualTo(IndexHealth.State.CORRUPT);
        try (ProfileIndex index = ProfileIndex.open(directory)) {
            assertThat(index.needsRebuild()).isTrue();
            index.rebuild(Stream.of(buddy("b1").build(), buddy("b2").build()), 3, count -> { });
            assertThat(index.needsRebuild()).isFalse();
            assertThat(index.allIds()).containsExactlyInAnyOrder("b1", "b2");
        }
        assertThat(ProfileIndex.check(directory).healthy()).isTrue();
    }

    @Test
    void anIndexWrittenWithAnOlderLayoutReopensEmptyForARebuild() throws IOException {
        Files.createDirectories(directory.resolve("index-1"));
        Files.writeString(directory.resolve("CURRENT"), "index-1");
        try (org.apache.lucene.store.Directory old = org.apache.lucene.store.FSDirectory.open(directory.resolve("index-1"));
                org.apache.lucene.index.IndexWriter writer = new org.apache.lucene.index.IndexWriter(old,
                        new org.apache.lucene.index.IndexWriterConfig())) {
            writer.addDocument(new org.apache.lucene.document.Document());
            writer.setLiveCommitData(java.util.Map.of(ProfileFields.OUTBOX_POSITION, "7").entrySet());
            writer.commit();
        }

        assertThat(ProfileIndex.check(directory).state()).isEqualTo(IndexHealth.State.OUTDATED);
        try (ProfileIndex index = ProfileIndex.open(directory)) {
            assertThat(index.needsRebuild()).isTrue();
            index.rebuild(Stream.of(buddy("b1").build()), 7, count -> { });
        }
        assertThat(ProfileIndex.check(directory).healthy()).isTrue();
    }

    @Test
    void aMissingIndexIsReportedAsMissing() {
        assertThat(ProfileIndex.check(directory.resolve("nothing-here")).state()).isEqualTo(IndexHealth.State.MISSING);
    }

    private static Path largestSegmentFile(Path generation) throws IOException {
        try (Stream<Path> files = Files.list(generation)) {
            return files.filter(f -> f.getFileName().toString().matches(".*\\.(cfs|doc|tim|fdt)"))
                    .max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length())).orElseThrow();
        }
    }
}
