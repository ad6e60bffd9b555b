package be.buddytrajectories.host.people;

import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.GeoPoint;
import be.buddytrajectories.hostapi.HostDatabase;
import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonChange;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.PersonPage;
import be.buddytrajectories.hostapi.PersonQuery;
import jakarta.enterprise.inject.Vetoed;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The reference host's own people, in {@code host_person}, with every change recorded in {@code host_person_change}.
 * Vetoed as a bean: {@link HostPeople} chooses the host's directory.
 */
@Vetoed
public class JdbcPeopleDirectory implements PeopleDirectory {

    private static final String COLUMNS = "id, kind, first_name, last_name, email, phone, birth_year, gender, street,"
            + " postal_code, municipality, latitude, longitude, languages, tags, version";

    private final DataSource dataSource;
    private final Clock clock;

    public JdbcPeopleDirectory(HostDatabase database, Clock clock) {
        this.dataSource = database.dataSource();
        this.clock = clock;
    }

    @Override
    public Optional<Person> find(long id) {
        List<Person> found = findAll(List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<Person> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = ids.stream().map(id -> "?").collect(Collectors.joining(","));
        return query("select " + COLUMNS + " from host_person where id in (" + marks + ")", ids.toArray());
    }

    @Override
    public PersonPage search(PersonQuery query) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (query.kind() != null) {
            where.append(" and kind = ?");
            params.add(query.kind().name());
        }
        if (query.text() != null && !query.text().isBlank()) {
            for (String word : query.text().trim().toLowerCase(Locale.ROOT).split("\\s+")) {
                where.append(" and (lower(first_name) like ? or lower(last_name) like ?"
                        + " or lower(municipality) like ? or lower(email) like ?)");
                String like = "%" + word.replace("%", "").replace("_", "") + "%";
                params.addAll(List.of(like, like, like, like));
            }
        }
        long total = count("select count(*) from host_person" + where, params.toArray());
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(query.limit());
        pageParams.add(query.offset());
        List<Person> people = query("select " + COLUMNS + " from host_person" + where
                + " order by last_name, first_name, id limit ? offset ?", pageParams.toArray());
        return new PersonPage(people, total);
    }

    @Override
    public long count(PersonKind kind) {
        return count("select count(*) from host_person where kind = ?", kind.name());
    }

    @Override
    public List<PersonChange> changesSince(long cursor, int limit) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select cursor_id, person_id, change_type"
                     + " from host_person_change where cursor_id > ? order by cursor_id limit ?")) {
            ps.setLong(1, cursor);
            ps.setInt(2, limit);
            List<PersonChange> changes = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    changes.add(new PersonChange(rs.getLong(1), rs.getLong(2),
                            PersonChange.Type.valueOf(rs.getString(3))));
                }
            }
            return changes;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the change feed", e);
        }
    }

    @Override
    public Person register(NewPerson n) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long id = insert(c, n);
                recordChange(c, id, PersonChange.Type.CREATED);
                c.commit();
                return find(id).orElseThrow();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot register a person", e);
        }
    }

    /** Inserts many people in one transaction (demo data, imports); returns their ids in order. */
    public List<Long> registerAll(List<NewPerson> people) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<Long> ids = new ArrayList<>();
                for (NewPerson n : people) {
                    long id = insert(c, n);
                    recordChange(c, id, PersonChange.Type.CREATED);
                    ids.add(id);
                }
                c.commit();
                return ids;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot register people", e);
        }
    }

    @Override
    public void anonymise(long id) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("update host_person set first_name = 'Anoniem',"
                    + " last_name = ?, email = null, phone = null, street = null, municipality = null,"
                    + " latitude = null, longitude = null, gender = 'X', languages = '', tags = '',"
                    + " version = version + 1, updated_at = ? where id = ?")) {
                ps.setString(1, "#" + id);
                ps.setTimestamp(2, Timestamp.from(clock.instant()));
                ps.setLong(3, id);
                if (ps.executeUpdate() == 1) {
                    recordChange(c, id, PersonChange.Type.ERASED);
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot anonymise person " + id, e);
        }
    }

    private long insert(Connection c, NewPerson n) throws SQLException {
        Timestamp now = Timestamp.from(clock.instant());
        try (PreparedStatement ps = c.prepareStatement("insert into host_person (kind, first_name, last_name, email,"
                + " phone, birth_year, gender, street, postal_code, municipality, latitude, longitude, languages,"
                + " tags, version, created_at, updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,?)",
                new String[] {"id"})) {
            ps.setString(1, n.kind().name());
            ps.setString(2, n.firstName());
            ps.setString(3, n.lastName());
            ps.setString(4, n.email());
            ps.setString(5, n.phone());
            ps.setObject(6, n.birthYear(), Types.INTEGER);
            ps.setString(7, n.gender().name());
            ps.setString(8, n.street());
            ps.setString(9, n.postalCode());
            ps.setString(10, n.municipality());
            ps.setObject(11, n.location() == null ? null : n.location().latitude(), Types.DOUBLE);
            ps.setObject(12, n.location() == null ? null : n.location().longitude(), Types.DOUBLE);
            ps.setString(13, String.join(",", n.languages()));
            ps.setString(14, String.join(",", n.tags()));
            ps.setTimestamp(15, now);
            ps.setTimestamp(16, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void recordChange(Connection c, long personId, PersonChange.Type type) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into host_person_change (person_id, change_type, changed_at) values (?, ?, ?)")) {
            ps.setLong(1, personId);
            ps.setString(2, type.name());
            ps.setTimestamp(3, Timestamp.from(clock.instant()));
            ps.executeUpdate();
        }
    }

    private List<Person> query(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Person> people = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    people.add(map(rs));
                }
            }
            return people;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read people", e);
        }
    }

    private long count(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count people", e);
        }
    }

    private static Person map(ResultSet rs) throws SQLException {
        Double lat = rs.getObject("latitude", Double.class);
        Double lon = rs.getObject("longitude", Double.class);
        return new Person(rs.getLong("id"), PersonKind.valueOf(rs.getString("kind")), rs.getString("first_name"),
                rs.getString("last_name"), rs.getString("email"), rs.getString("phone"),
                rs.getObject("birth_year", Integer.class), Gender.valueOf(rs.getString("gender")),
                rs.getString("street"), rs.getString("postal_code"), rs.getString("municipality"),
                lat == null || lon == null ? null : new GeoPoint(lat, lon), split(rs.getString("languages")),
                new LinkedHashSet<>(split(rs.getString("tags"))), rs.getLong("version"));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
