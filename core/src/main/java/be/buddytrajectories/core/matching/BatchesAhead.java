package be.buddytrajectories.core.matching;

import be.buddytrajectories.search.profile.BuddyProfileDocument;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Documents read batch by batch on a thread of their own, at most {@value #AHEAD} batches ahead of the consumer,
 * so that a rebuild reads the database and writes the index at the same time. A failure of the reader reaches the
 * consumer; closing the stream stops the reader.
 */
final class BatchesAhead {

    private static final int AHEAD = 2;

    /** What the reader hands over: a batch, the end, or the reader's failure. */
    private record Handover(List<BuddyProfileDocument> batch, RuntimeException failure) {
        static final Handover END = new Handover(List.of(), null);
    }

    private final BlockingQueue<Handover> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread reader;

    BatchesAhead(List<List<Long>> batches, Function<List<Long>, List<BuddyProfileDocument>> read) {
        reader = new Thread(() -> {
            try {
                for (List<Long> batch : batches) {
                    queue.put(new Handover(read.apply(batch), null));
                }
                queue.put(Handover.END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                handOver(e);
            } catch (Error e) {
                handOver(new IllegalStateException("reading the profiles failed", e));
                throw e;
            }
        }, "profile-index-rebuild-reader");
        reader.setDaemon(true);
    }

    /** Waits for room, like a batch: with the queue full an offer would lose the failure and hang the consumer. */
    private void handOver(RuntimeException failure) {
        try {
            queue.put(new Handover(List.of(), failure));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Stream<BuddyProfileDocument> stream() {
        reader.start();
        Iterator<List<BuddyProfileDocument>> batches = new Iterator<>() {
            private Handover next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = take();
                }
                if (next.failure() != null) {
                    throw next.failure();
                }
                return next != Handover.END;
            }

            @Override
            public List<BuddyProfileDocument> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                List<BuddyProfileDocument> batch = next.batch();
                next = null;
                return batch;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(batches, Spliterator.ORDERED), false)
                .flatMap(List::stream).onClose(reader::interrupt);
    }

    private Handover take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reader.interrupt();
            throw new IllegalStateException("interrupted while waiting for the next profiles", e);
        }
    }
}
