package be.buddytrajectories.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.search.profile.BuddyPreferences;
import be.buddytrajectories.search.profile.BuddyProfileDocument;
import be.buddytrajectories.search.profile.BuddyStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BatchesAheadTest {

    @Test
    void everyDocumentOfEveryBatchArrivesInOrder() {
        List<List<Long>> batches = List.of(List.of(1L, 2L), List.of(3L), List.of(4L, 5L, 6L));

        try (Stream<BuddyProfileDocument> documents = new BatchesAhead(batches, BatchesAheadTest::documents).stream()) {
            assertThat(documents.map(BuddyProfileDocument::id)).containsExactly("1", "2", "3", "4", "5", "6");
        }
    }

    @Test
    void aFailureOfTheReaderReachesTheConsumerAfterTheBatchesReadBeforeIt() {
        List<List<Long>> batches = List.of(List.of(1L), List.of(2L), List.of(3L));

        Stream<BuddyProfileDocument> documents = new BatchesAhead(batches, batch -> {
            if (batch.contains(2L)) {
                throw new IllegalStateException("the database went away");
            }
            return documents(batch);
        }).stream();

        assertThatThrownBy(() -> documents.map(BuddyProfileDocument::id).toList())
                .isInstanceOf(IllegalStateException.class).hasMessage("the database went away");
    }

    @Test
    void aFailureWhileTheConsumerIsBehindStillReachesIt() throws InterruptedException {
        List<List<Long>> batches = List.of(List.of(1L), List.of(2L), List.of(3L));
        CountDownLatch failing = new CountDownLatch(1);

        Stream<BuddyProfileDocument> documents = new BatchesAhead(batches, batch -> {
            if (batch.contains(3L)) {
                failing.countDown();
                throw new IllegalStateException("the database went away");
            }
            return documents(batch);
        }).stream();
        failing.await();

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(
                () -> documents.map(BuddyProfileDocument::id).toList()).hasMessage("the database went away"));
    }

    @Test
    void closingTheStreamEarlyStopsTheReader() throws InterruptedException {
        List<List<Long>> batches = Stream.iterate(1L, id -> id + 1).limit(1000).map(List::of).toList();

        try (Stream<BuddyProfileDocument> documents =
                     new BatchesAhead(batches, BatchesAheadTest::documents).stream()) {
            assertThat(documents.limit(3).count()).isEqualTo(3);
        }

        // The reader is blocked on a full queue until the close interrupts it; it must then end.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (readerAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(readerAlive()).as("the reader thread is still running").isFalse();
    }

    private static boolean readerAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("profile-index-rebuild-reader") && t.isAlive());
    }

    private static List<BuddyProfileDocument> documents(List<Long> ids) {
        return ids.stream().map(BatchesAheadTest::document).toList();
    }

    private static BuddyProfileDocument document(long id) {
        return new BuddyProfileDocument(Long.toString(id), "Buddy " + id, 1980, Gender.F, List.of("nl"), List.of(),
                "", "", "9000", "Gent", 51.05, 3.72, 10, List.of(), 1, 0, BuddyStatus.AVAILABLE, true, LocalDate.of(2027, 1, 1), false,
                new BuddyPreferences(null, null, null, true), Set.of(), Set.of());
    }
}
