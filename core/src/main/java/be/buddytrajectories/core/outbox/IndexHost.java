package be.buddytrajectories.core.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/** A row of {@code buddy_index_host}: a host that keeps an index, how far it applied the outbox, and its state. */
@Entity
@Table(name = "buddy_index_host")
class IndexHost {

    private static final int NAME_LENGTH = 200;
    private static final int PROBLEM_LENGTH = 500;

    @Id
    @Column(name = "host_id", length = 36)
    private String hostId;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "seq_no", nullable = false)
    private long position;

    /** In UTC, as every time here. */
    @Column(name = "registered_at", nullable = false)
    private LocalDateTime registeredAt;

    @Column(name = "seen_at", nullable = false)
    private LocalDateTime seenAt;

    @Column(name = "documents", nullable = false)
    private long documents;

    @Column(name = "rebuilding", nullable = false)
    private boolean rebuilding;

    @Column(name = "rebuild_done", nullable = false)
    private long rebuildDone;

    @Column(name = "rebuild_total", nullable = false)
    private long rebuildTotal;

    @Column(name = "problem", length = PROBLEM_LENGTH)
    private String problem;

    protected IndexHost() {
    }

    /** A host about to build its index: position 0 keeps every row until it reports how far the build reached. */
    IndexHost(String hostId, String name, LocalDateTime now) {
        this.hostId = Objects.requireNonNull(hostId, "hostId");
        this.registeredAt = now;
        startsBuilding(name, now);
    }

    void startsBuilding(String hostName, LocalDateTime now) {
        this.name = cut(hostName, NAME_LENGTH);
        this.position = 0;
        this.seenAt = now;
        this.rebuilding = true;
        this.rebuildDone = 0;
        this.problem = null;
    }

    void reports(IndexHostReport report, LocalDateTime now) {
        this.position = report.position();
        this.seenAt = now;
        this.documents = report.documents();
        this.rebuilding = report.rebuilding();
        this.rebuildDone = report.rebuildDone();
        this.rebuildTotal = report.rebuildTotal();
        this.problem = report.problem() == null ? null : cut(report.problem(), PROBLEM_LENGTH);
    }

    long position() {
        return position;
    }

    IndexHostStatus status(long behind) {
        return new IndexHostStatus(hostId, name, position, behind, registeredAt, seenAt, documents, rebuilding,
                rebuildDone, rebuildTotal, problem);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
