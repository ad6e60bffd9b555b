package be.buddytrajectories.core.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of {@code buddy_index_outbox}; only {@link IndexOutbox} writes and reads it. */
@Entity
@Table(name = "buddy_index_outbox")
public class OutboxRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "volunteer_id", nullable = false)
    private long volunteerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_type", nullable = false, length = 10)
    private ChangeType changeType;

    /** In UTC. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** The row's place in commit order, given by {@link IndexOutbox#sequence()} once it committed; null before. */
    @Column(name = "seq_no")
    private Long position;

    protected OutboxRow() {
    }

    OutboxRow(long volunteerId, ChangeType changeType, LocalDateTime createdAt) {
        this.volunteerId = volunteerId;
        this.changeType = changeType;
        this.createdAt = createdAt;
    }

    OutboxEntry toEntry() {
        return new OutboxEntry(position, volunteerId, changeType);
    }
}
