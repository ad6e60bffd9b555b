package be.buddytrajectories.core.persistence;

import jakarta.persistence.EntityManager;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The volunteers a transaction's entity changes touched, collected on the transaction's thread by
 * {@link IndexedChanges} while {@link BuddyDatabase#inTransaction} runs (a stack: a transaction may run inside
 * another's work).
 */
final class TouchedVolunteers {

    private static final ThreadLocal<Deque<TouchedVolunteers>> OPEN = ThreadLocal.withInitial(ArrayDeque::new);

    private final Set<Long> changed = new LinkedHashSet<>();
    private final Set<Long> removed = new LinkedHashSet<>();

    static TouchedVolunteers open() {
        TouchedVolunteers touched = new TouchedVolunteers();
        OPEN.get().push(touched);
        return touched;
    }

    /** The record of the innermost transaction running on this thread, if any (none outside {@code inTransaction}). */
    static Optional<TouchedVolunteers> current() {
        return Optional.ofNullable(OPEN.get().peek());
    }

    void close() {
        OPEN.get().remove(this);
    }

    void changed(Set<Long> volunteers) {
        changed.addAll(volunteers);
    }

    void removed(Set<Long> volunteers) {
        removed.addAll(volunteers);
    }

    boolean isEmpty() {
        return changed.isEmpty() && removed.isEmpty();
    }

    /** Takes what was collected so far, leaving the record empty for what writing it may add. */
    VolunteersTouched drain(EntityManager em) {
        Set<Long> upserts = new LinkedHashSet<>(changed);
        upserts.removeAll(removed);
        VolunteersTouched event = new VolunteersTouched(em, Set.copyOf(upserts), Set.copyOf(removed));
        changed.clear();
        removed.clear();
        return event;
    }
}
