package be.buddytrajectories.host.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.assertj.core.api.SoftAssertions;

/**
 * What the write streams of a test announced and acknowledged, and the check that the database kept every
 * acknowledged write. A profile may also hold the value of a later write that was announced but killed before
 * its acknowledgement (it may have committed), never an older one.
 */
final class AckedWrites {

    static final List<String> KINDS = List.of("contact", "profile", "close", "start");

    private final List<List<String>> acks = new ArrayList<>();
    private final Map<Long, List<Long>> profileMarkersBegun = new HashMap<>();
    private int refused;
    private int failed;

    /** The acknowledgements of one kind of write, e.g. {@code contact}: each {@code ack kind marker …} line's words. */
    List<List<String>> acks(String kind) {
        return acks.stream().filter(a -> a.get(1).equals(kind)).toList();
    }

    void add(List<List<String>> lines) {
        for (List<String> words : lines) {
            switch (words.get(0)) {
                case "ack" -> acks.add(words);
                case "begin" -> {
                    if (words.get(1).equals("profile")) {
                        profileMarkersBegun.computeIfAbsent(Long.parseLong(words.get(3)), v -> new ArrayList<>())
                                .add(number(words.get(2)));
                    }
                }
                case "refused" -> refused++;
                case "failed" -> failed++;
                default -> {
                    // ready, verify output: not writes
                }
            }
        }
    }

    int failed() {
        return failed;
    }

    /** Acknowledged writes per kind, in {@link #KINDS} order. */
    Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        KINDS.forEach(k -> counts.put(k, 0));
        acks.forEach(a -> counts.merge(a.get(1), 1, Integer::sum));
        return counts;
    }

    String summary() {
        StringBuilder text = new StringBuilder();
        counts().forEach((kind, n) -> text.append(' ').append(kind).append('=').append(n));
        return "acked" + text + " refused=" + refused + " failed=" + failed;
    }

    /** Every acknowledged write is in the database (all problems reported at once). */
    void assertAllIn(String url, String user, String password) throws SQLException {
        Map<Long, Long> lastAckedProfileMarker = new TreeMap<>();
        SoftAssertions softly = new SoftAssertions();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            for (List<String> ack : acks) {
                String marker = ack.get(2);
                switch (ack.get(1)) {
                    case "contact" -> softly.assertThat(contact(db, Long.parseLong(ack.get(3))))
                            .as("contact %s (%s)", ack.get(3), marker)
                            .contains(List.of(ack.get(4), ack.get(5), marker));
                    case "profile" -> lastAckedProfileMarker.put(Long.parseLong(ack.get(3)), number(marker));
                    case "close" -> softly.assertThat(status(db, Long.parseLong(ack.get(3))))
                            .as("duo %s closed (%s)", ack.get(3), marker).contains("CLOSED");
                    case "start" -> softly.assertThat(status(db, Long.parseLong(ack.get(3))).orElse("MISSING"))
                            .as("duo %s started (%s)", ack.get(3), marker).isIn("ACTIVE", "PAUSED", "CLOSED");
                    default -> throw new IllegalStateException("unknown write " + ack);
                }
            }
            for (Map.Entry<Long, Long> last : lastAckedProfileMarker.entrySet()) {
                List<String> allowed = profileMarkersBegun.get(last.getKey()).stream()
                        .filter(m -> m >= last.getValue()).map(m -> "fault-" + m).toList();
                softly.assertThat(about(db, last.getKey())).as("profile %s", last.getKey()).isIn(allowed);
            }
            softly.assertThat(closedAndOffTheList(db))
                    .as("newcomers whose duo the streams closed (and put back on the list) who have no open trajectory")
                    .isEmpty();
        }
        softly.assertAll();
        assertThat(acks).as("the write streams acknowledged writes").isNotEmpty();
    }

    /**
     * The streams close a duo and put its newcomer back on the waiting list in one transaction, so whatever was
     * killed when, every newcomer with a duo they closed has an open trajectory (waiting, or a newer duo).
     */
    private static List<Long> closedAndOffTheList(Connection db) throws SQLException {
        List<Long> newcomers = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("select distinct c.newcomer_id from buddy_trajectory c"
                + " where c.status = 'CLOSED' and c.end_note like 'fault-%' and not exists (select 1 from"
                + " buddy_trajectory o where o.newcomer_id = c.newcomer_id and o.status <> 'CLOSED')");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                newcomers.add(rs.getLong(1));
            }
        }
        return newcomers;
    }

    private static long number(String marker) {
        return Long.parseLong(marker.substring("fault-".length()));
    }

    private static Optional<List<String>> contact(Connection db, long id) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "select trajectory_id, minutes, coordinator_note from buddy_contact where id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                        : Optional.empty();
            }
        }
    }

    private static Optional<String> status(Connection db, long trajectoryId) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("select status from buddy_trajectory where id = ?")) {
            s.setLong(1, trajectoryId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static String about(Connection db, long volunteerId) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("select about from buddy_profile where volunteer_id = ?")) {
            s.setLong(1, volunteerId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
