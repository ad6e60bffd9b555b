package be.buddytrajectories.bench.data;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.LongConsumer;
import javax.sql.DataSource;

/**
 * Writes generated volunteers into {@code host_person} and the plugin's profile tables with JDBC batches, one
 * transaction per chunk, streaming: nothing of a million people is kept in memory.
 */
public final class TableLoader {

    private static final int CHUNK = 2_000;
    private static final Timestamp CREATED = Timestamp.valueOf(LocalDateTime.of(2026, 1, 15, 9, 0));

    private TableLoader() {
    }

    /** Loads volunteers 1..count (their ids are host person ids) and reports progress after each chunk. */
    public static void load(DataSource dataSource, ProfileGenerator generator, long count, LongConsumer progress)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement person = c.prepareStatement(Tables.insert(Tables.PERSON, Tables.PERSON_COLUMNS));
                 PreparedStatement profile = c.prepareStatement(Tables.insert(Tables.PROFILE, Tables.PROFILE_COLUMNS));
                 PreparedStatement language = c.prepareStatement(
                         Tables.insert(Tables.PROFILE_LANGUAGE, Tables.PROFILE_LANGUAGE_COLUMNS));
                 PreparedStatement interest = c.prepareStatement(
                         Tables.insert(Tables.PROFILE_INTEREST, Tables.PROFILE_INTEREST_COLUMNS));
                 PreparedStatement slot = c.prepareStatement(
                         Tables.insert(Tables.PROFILE_AVAILABILITY, Tables.PROFILE_AVAILABILITY_COLUMNS))) {
                for (long id = 1; id <= count; id++) {
                    GeneratedVolunteer v = generator.volunteer(id);
                    addPerson(person, v);
                    addProfile(profile, v);
                    for (Map.Entry<String, String> skill : v.languages().entrySet()) {
                        language.setLong(1, id);
                        language.setString(2, skill.getKey());
                        language.setString(3, skill.getValue());
                        language.addBatch();
                    }
                    for (String word : v.interests()) {
                        interest.setLong(1, id);
                        interest.setString(2, word);
                        interest.addBatch();
                    }
                    for (String[] s : v.slots()) {
                        slot.setLong(1, id);
                        slot.setString(2, s[0]);
                        slot.setString(3, s[1]);
                        slot.addBatch();
                    }
                    if (id % CHUNK == 0 || id == count) {
                        // Parents before children: the collection tables have foreign keys to buddy_profile.
                        person.executeBatch();
                        profile.executeBatch();
                        language.executeBatch();
                        interest.executeBatch();
                        slot.executeBatch();
                        c.commit();
                        progress.accept(id);
                    }
                }
            }
            restartPersonIds(c, count);
            c.commit();
        }
    }

    private static void addPerson(PreparedStatement ps, GeneratedVolunteer v) throws SQLException {
        ps.setLong(1, v.id());
        ps.setString(2, "VOLUNTEER");
        ps.setString(3, v.firstName());
        ps.setString(4, v.lastName());
        ps.setString(5, v.email());
        ps.setString(6, v.phone());
        ps.setInt(7, v.birthYear());
        ps.setString(8, v.gender().name());
        ps.setString(9, v.street());
        ps.setString(10, v.postcode());
        ps.setString(11, v.municipality());
        ps.setDouble(12, v.lat());
        ps.setDouble(13, v.lon());
        ps.setString(14, String.join(",", v.languages().keySet()));
        ps.setString(15, null);
        ps.setLong(16, 1);
        ps.setTimestamp(17, CREATED);
        ps.setTimestamp(18, CREATED);
        ps.addBatch();
    }

    private static void addProfile(PreparedStatement ps, GeneratedVolunteer v) throws SQLException {
        ps.setLong(1, v.id());
        ps.setLong(2, 0);
        ps.setString(3, null);
        ps.setString(4, v.about());
        ps.setString(5, v.profession());
        ps.setString(6, v.experience());
        ps.setString(7, v.postcode());
        ps.setString(8, v.municipality());
        ps.setDouble(9, v.lat());
        ps.setDouble(10, v.lon());
        ps.setInt(11, v.maxTravelKm());
        ps.setInt(12, v.capacity());
        ps.setString(13, v.status().name());
        ps.setObject(14, v.screenedUntil() == null ? null : Date.valueOf(v.screenedUntil()), Types.DATE);
        ps.setObject(15, v.trainedOn() == null ? null : Date.valueOf(v.trainedOn()), Types.DATE);
        ps.setString(16, v.preferredNewcomerGender() == null ? null : v.preferredNewcomerGender().name());
        ps.setObject(17, v.preferredMinAge(), Types.INTEGER);
        ps.setObject(18, v.preferredMaxAge(), Types.INTEGER);
        ps.setBoolean(19, v.childrenWelcome());
        ps.setBoolean(20, v.hasChildren());
        ps.setString(21, v.consentVersion());
        ps.setDate(22, Date.valueOf(v.consentGivenOn()));
        ps.addBatch();
    }

    /** Explicit ids leave the identity behind; the host must still be able to register the next person. */
    private static void restartPersonIds(Connection c, long count) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        try (Statement s = c.createStatement()) {
            if (product.contains("postgres")) {
                s.execute("select setval(pg_get_serial_sequence('" + Tables.PERSON + "', 'id'), " + count + ")");
            } else {
                s.execute("alter table " + Tables.PERSON + " alter column id restart with " + (count + 1));
            }
        }
    }
}
