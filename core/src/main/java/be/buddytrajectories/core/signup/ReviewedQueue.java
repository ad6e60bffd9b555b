package be.buddytrajectories.core.signup;

import java.util.List;

/** A queue a coordinator reviews; every operation checks the coordinator's permission. */
public interface ReviewedQueue<T extends Queued> {

    /** The items awaiting a decision, oldest first. */
    List<T> pending();

    /** One item, with the host people it may already be. */
    Review<T> review(long id);

    /**
     * Accepts an item as the host person {@code sameAs}, or as a new one when null.
     *
     * @return the host person's id
     */
    long accept(long id, Long sameAs);

    /** Declines an item: its data are deleted, the decision audited. */
    void decline(long id);
}
