package be.buddytrajectories.bench.run;

import be.buddytrajectories.bench.data.Tables;
import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.search.index.ProfileIndex;
import be.buddytrajectories.search.profile.BuddyPreferences;
import be.buddytrajectories.search.profile.BuddyProfileDocument;
import be.buddytrajectories.search.profile.BuddyStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * For comparison only: the same documents read set-wise (a handful of queries per chunk of 5,000 profiles instead
 * of several per profile) and indexed with the same {@link ProfileIndex#rebuild}. The difference to core's
 * rebuild is the cost of reading profiles one by one.
 */
final class SetBasedRebuild {

    private static final int CHUNK = 5_000;
    private static final Set<String> CONVERSATION_LEVELS = Set.of("CONVERSATIONAL", "FLUENT", "NATIVE");

    private SetBasedRebuild() {
    }

    /** Rebuilds an index in {@code directory} from the database; returns the number of documents. */
    static long rebuild(DataSource dataSource, Path directory) throws IOException, SQLException {
        try (ProfileIndex index = ProfileIndex.open(directory); Connection c = dataSource.getConnection()) {
            long max = single(c, "select coalesce(max(volunteer_id), 0) from " + Tables.PROFILE);
            // Chunks are read lazily as the index consumes them: a million profiles never sit in memory at once.
            Stream<BuddyProfileDocument> documents = LongStream.iterate(0, from -> from <= max, from -> from + CHUNK)
                    .boxed().flatMap(from -> {
                        try {
                            return chunk(c, from, from + CHUNK).stream();
                        } catch (SQLException e) {
                            throw new IllegalStateException("cannot read profiles after " + from, e);
                        }
                    });
            return index.rebuild(documents, 0, done -> { });
        }
    }

    private static List<BuddyProfileDocument> chunk(Connection c, long from, long to) throws SQLException {
        String range = " where volunteer_id > " + from + " and volunteer_id <= " + to;
        Map<Long, List<String>> languages = new HashMap<>();
        grouped(c, "select volunteer_id, language_code, level from " + Tables.PROFILE_LANGUAGE + range, (id, rs) -> {
            if (CONVERSATION_LEVELS.contains(rs.getString(3))) {
                languages.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getString(2));
            }
        });
        Map<Long, List<String>> interests = new HashMap<>();
        grouped(c, "select volunteer_id, interest from " + Tables.PROFILE_INTEREST + range,
                (id, rs) -> interests.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getString(2)));
        Map<Long, List<String>> slots = new HashMap<>();
        grouped(c, "select volunteer_id, day_of_week, day_part from " + Tables.PROFILE_AVAILABILITY + range,
                (id, rs) -> slots.computeIfAbsent(id, k -> new ArrayList<>())
                        .add(rs.getString(2).substring(0, 3) + "_" + rs.getString(3)));
        Map<Long, Integer> activeDuos = new HashMap<>();
        Map<Long, Set<String>> paired = new HashMap<>();
        grouped(c, "select tb.volunteer_id, t.newcomer_id, t.status from " + Tables.TRAJECTORY_BUDDY + " tb join "
                + Tables.TRAJECTORY + " t on t.id = tb.trajectory_id" + range.replace("volunteer_id", "tb.volunteer_id"),
                (id, rs) -> {
                    paired.computeIfAbsent(id, k -> new TreeSet<>()).add(rs.getString(2));
                    if (Set.of("PROPOSED", "ACTIVE", "PAUSED").contains(rs.getString(3))) {
                        activeDuos.merge(id, 1, Integer::sum);
                    }
                });
        Map<Long, Set<String>> rejected = new HashMap<>();
        grouped(c, "select volunteer_id, newcomer_id from buddy_match_proposal" + range + " and decision = 'REJECTED'",
                (id, rs) -> rejected.computeIfAbsent(id, k -> new TreeSet<>()).add(rs.getString(2)));
        Map<Long, BuddyProfileDocument> documents = new TreeMap<>();
        grouped(c, "select p.volunteer_id, h.first_name, h.last_name, h.birth_year, h.gender, p.about, p.experience,"
                + " p.profession, p.postcode, p.municipality, p.latitude, p.longitude, p.max_travel_km, p.capacity,"
                + " p.status, p.basic_training_on, p.screened_until, p.has_children, p.pref_newcomer_gender,"
                + " p.pref_min_age, p.pref_max_age, p.children_welcome from " + Tables.PROFILE + " p join "
                + Tables.PERSON + " h on h.id = p.volunteer_id" + range.replace("volunteer_id", "p.volunteer_id"),
                (id, rs) -> {
                    String about = rs.getString(6) == null ? "" : rs.getString(6);
                    String experience = rs.getString(7) == null ? "" : rs.getString(7);
                    String prefGender = rs.getString(19);
                    documents.put(id, new BuddyProfileDocument(Long.toString(id),
                            rs.getString(2) + " " + rs.getString(3), rs.getInt(4), Gender.valueOf(rs.getString(5)),
                            languages.getOrDefault(id, List.of()).stream().sorted().toList(),
                            interests.getOrDefault(id, List.of()), String.join("\n", about, experience).strip(),
                            rs.getString(8), rs.getString(9), rs.getString(10), rs.getDouble(11), rs.getDouble(12),
                            rs.getInt(13), slots.getOrDefault(id, List.of()).stream().sorted().toList(),
                            rs.getInt(14), activeDuos.getOrDefault(id, 0), BuddyStatus.valueOf(rs.getString(15)),
                            rs.getObject(16) != null, rs.getObject(17, LocalDate.class), rs.getBoolean(18),
                            new BuddyPreferences(prefGender == null ? null : Gender.valueOf(prefGender),
                                    rs.getObject(20, Integer.class), rs.getObject(21, Integer.class),
                                    rs.getBoolean(22)),
                            rejected.getOrDefault(id, Set.of()), paired.getOrDefault(id, Set.of())));
                });
        return new ArrayList<>(documents.values());
    }

    private static void grouped(Connection c, String sql, RowReader reader) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                reader.read(rs.getLong(1), rs);
            }
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @FunctionalInterface
    private interface RowReader {
        void read(long volunteerId, ResultSet rs) throws SQLException;
    }
}
