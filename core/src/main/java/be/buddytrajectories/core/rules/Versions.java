package be.buddytrajectories.core.rules;

/**
 * Optimistic locking as the user sees it: a form carries the version it was read at, and a change based on an
 * older version is refused instead of overwriting someone else's edit.
 */
public final class Versions {

    private Versions() {
    }

    /** @throws ConcurrentEditException when the record changed since the caller read {@code expected} */
    public static void require(long actual, long expected) {
        if (actual != expected) {
            throw new ConcurrentEditException();
        }
    }
}
