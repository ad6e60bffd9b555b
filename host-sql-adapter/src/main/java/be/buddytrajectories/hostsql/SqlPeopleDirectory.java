package be.buddytrajectories.hostsql;

import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonChange;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.PersonPage;
import be.buddytrajectories.hostapi.PersonQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The people of an existing CRM, read and written through the SQL of a {@link SqlQueries} file. A host offers it
 * to plugins with a CDI producer, for example
 * {@code @Produces PeopleDirectory people() { return new SqlPeopleDirectory(crmDataSource,
 * SqlQueries.fromFile(path), Clock.systemUTC()); }}.
 *
 * <p>Parameters available to the statements: {@code :id}, {@code :ids}, {@code :kind} and {@code :gender} (as the
 * CRM stores them, see {@code map.*}), {@code :first_name}, {@code :last_name}, {@code :email}, {@code :phone},
 * {@code :birth_year}, {@code :birth_date} (1 January of the birth year), {@code :street}, {@code :postal_code},
 * {@code :municipality}, {@code :latitude}, {@code :longitude}, {@code :languages} (comma-separated),
 * {@code :tags} (a list, for {@code .each}), {@code :now}, {@code :anonymous_last_name}, {@code :cursor},
 * {@code :limit}, {@code :offset}.
 */
public class SqlPeopleDirectory implements PeopleDirectory {

    private final DataSource dataSource;
    private final SqlQueries sql;
    private final Clock clock;
    private final PersonRows rows;

    public SqlPeopleDirectory(DataSource dataSource, SqlQueries sql, Clock clock) {
        this.dataSource = dataSource;
        this.sql = sql;
        this.clock = clock;
        this.rows = new PersonRows(sql);
    }

    @Override
    public Optional<Person> find(long id) {
        return people(sql.get("find-by-id"), Map.of("id", id)).stream().findFirst();
    }

    @Override
    public List<Person> findAll(List<Long> ids) {
        return ids.isEmpty() ? List.of() : people(sql.get("find-all"), Map.of("ids", List.copyOf(ids)));
    }

    @Override
    public PersonPage search(PersonQuery query) {
        Map<String, Object> params = new HashMap<>();
        String kind = "";
        if (query.kind() != null) {
            kind = sql.get("search.kind-condition");
            params.put("kind", sql.crmValue("kind", query.kind()));
        }
        StringBuilder words = new StringBuilder();
        if (query.text() != null && !query.text().isBlank()) {
            String[] split = query.text().trim().toLowerCase(Locale.ROOT).split("\\s+");
            for (int i = 0; i < split.length; i++) {
                // Each word gets its own parameter name; LIKE wildcards typed by the user match literally nothing.
                words.append(' ').append(sql.get("search.word-condition").replaceAll(":word\\b", ":word" + i));
                params.put("word" + i, "%" + split[i].replace("%", "").replace("_", "") + "%");
            }
        }
        String countSql = sql.get("search-count").replace("{kind}", kind).replace("{words}", words);
        long total = count(countSql, params);
        params.put("limit", query.limit());
        params.put("offset", query.offset());
        String pageSql = sql.get("search").replace("{kind}", kind).replace("{words}", words);
        return new PersonPage(people(pageSql, params), total);
    }

    @Override
    public long count(PersonKind kind) {
        return count(sql.get("count-by-kind"), Map.of("kind", sql.crmValue("kind", kind)));
    }

    @Override
    public List<PersonChange> changesSince(long cursor, int limit) {
        NamedSql query = NamedSql.of(sql.get("changes-since"), Map.of("cursor", cursor, "limit", limit));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(query.sql())) {
            query.bind(ps);
            List<PersonChange> changes = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    changes.add(new PersonChange(rs.getLong("cursor"), rs.getLong("person_id"),
                            PersonChange.Type.valueOf(rs.getString("change_type").trim().toUpperCase(Locale.ROOT))));
                }
            }
            return changes;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the CRM's change log", e);
        }
    }

    @Override
    public Person register(NewPerson n) {
        Map<String, Object> params = new HashMap<>();
        params.put("kind", sql.crmValue("kind", n.kind()));
        params.put("gender", sql.crmValue("gender", n.gender()));
        params.put("first_name", n.firstName());
        params.put("last_name", n.lastName());
        params.put("email", n.email());
        params.put("phone", n.phone());
        params.put("birth_year", n.birthYear());
        params.put("birth_date", n.birthYear() == null ? null : LocalDate.of(n.birthYear(), 1, 1));
        params.put("street", n.street());
        params.put("postal_code", n.postalCode());
        params.put("municipality", n.municipality());
        params.put("latitude", n.location() == null ? null : n.location().latitude());
        params.put("longitude", n.location() == null ? null : n.location().longitude());
        params.put("languages", String.join(",", n.languages()));
        params.put("tags", List.copyOf(n.tags()));
        params.put("now", Timestamp.from(clock.instant()));
        long id = inTransaction("register a person", c -> {
            List<SqlQueries.Step> steps = sql.steps("insert");
            params.put("id", insertReturningKey(c, steps.get(0), params));
            for (SqlQueries.Step step : steps.subList(1, steps.size())) {
                run(c, step, params);
            }
            return (Long) params.get("id");
        });
        return find(id).orElseThrow(() -> new IllegalStateException(
                "person " + id + " was inserted but find-by-id does not return it: check the SQL file"));
    }

    @Override
    public void anonymise(long id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("now", Timestamp.from(clock.instant()));
        params.put("anonymous_last_name", "#" + id);
        inTransaction("anonymise person " + id, c -> {
            List<SqlQueries.Step> steps = sql.steps("anonymise");
            if (run(c, steps.get(0), params) == 0) {
                return 0L;
            }
            for (SqlQueries.Step step : steps.subList(1, steps.size())) {
                run(c, step, params);
            }
            return 1L;
        });
    }

    private long insertReturningKey(Connection c, SqlQueries.Step step, Map<String, Object> params)
            throws SQLException {
        NamedSql insert = NamedSql.of(step.sql(), params);
        try (PreparedStatement ps = c.prepareStatement(insert.sql(), new String[] {step.keyColumn()})) {
            insert.bind(ps);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("insert.1 returned no generated key " + step.keyColumn());
                }
                return keys.getLong(1);
            }
        }
    }

    /** Runs one step (once, once per element, or not at all); returns the rows it changed. */
    private int run(Connection c, SqlQueries.Step step, Map<String, Object> params) throws SQLException {
        if (step.onlyIf().isPresent() && params.get(step.onlyIf().get()) == null) {
            return 0;
        }
        if (step.eachOf().isEmpty()) {
            return execute(c, step.sql(), params);
        }
        int changed = 0;
        for (Object element : (Collection<?>) params.get(step.eachOf().get())) {
            Map<String, Object> withElement = new HashMap<>(params);
            withElement.put("each", element);
            changed += execute(c, step.sql(), withElement);
        }
        return changed;
    }

    private static int execute(Connection c, String template, Map<String, Object> params) throws SQLException {
        NamedSql statement = NamedSql.of(template, params);
        try (PreparedStatement ps = c.prepareStatement(statement.sql())) {
            statement.bind(ps);
            return ps.executeUpdate();
        }
    }

    private <T> T inTransaction(String what, JdbcTransactions.Work<T> work) {
        return JdbcTransactions.inTransaction(dataSource, what + " in the CRM", work);
    }

    private List<Person> people(String template, Map<String, Object> params) {
        NamedSql query = NamedSql.of(template, params);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(query.sql())) {
            query.bind(ps);
            List<Person> people = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.read(rs).ifPresent(people::add);
                }
            }
            return people;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read people from the CRM: " + e.getMessage(), e);
        }
    }

    private long count(String template, Map<String, Object> params) {
        NamedSql query = NamedSql.of(template, params);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(query.sql())) {
            query.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count people in the CRM: " + e.getMessage(), e);
        }
    }
}
