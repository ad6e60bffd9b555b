package be.buddytrajectories.core.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row of {@code buddy_index_sequence}: the last position given to an outbox row. Whoever gives positions
 * holds this row's lock, so that one host at a time does, and every position it gives is above every earlier one.
 */
@Entity
@Table(name = "buddy_index_sequence")
class OutboxSequence {

    static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_seq_no", nullable = false)
    private long lastPosition;

    protected OutboxSequence() {
    }

    long lastPosition() {
        return lastPosition;
    }

    /**
     * The shift that gives the rows with these ids, ascending, positions above every earlier one while keeping
     * their order: {@code position = id + shift}.
     */
    long shiftFor(long lowestId) {
        return Math.max(0, lastPosition - lowestId + 1);
    }

    void advanceTo(long position) {
        if (position <= lastPosition) {
            throw new IllegalArgumentException("positions only grow: " + position + " after " + lastPosition);
        }
        lastPosition = position;
    }
}
