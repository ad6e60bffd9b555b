package be.buddytrajectories.bench.peer;

import be.buddytrajectories.bench.data.Tables;
import be.buddytrajectories.search.profile.BuddyProfileDocument;
import be.buddytrajectories.search.vocabulary.InterestVocabulary;
import be.buddytrajectories.search.vocabulary.SectorVocabulary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/**
 * The peers' profile table, set up as a competent PostgreSQL user would: one row per buddy with what the hard
 * filters need, the texts, a plain-text column for ILIKE and a stored tsvector combining the Dutch and English
 * configurations (names with 'simple'); a partial b-tree on the position of the buddies who can take a newcomer
 * (so that a bounding box is an index range), b-trees on the other filter and facet columns, GIN on the tsvector
 * and on the arrays. For the structured peer, interests as canonical keys and the sector of the profession, as a
 * CRM with pick lists would hold them (computed with the plugin's own vocabularies, so that both sides start from
 * the same understanding of the words). A PostgreSQL user would keep it current with triggers; here it is filled
 * once from the plugin's tables (the same rows the index is rebuilt from) or from a judged set's volunteers.
 */
public final class FullTextTable {

    static final String NAME = "bench_fts_profile";
    private static final String COLUMNS = "volunteer_id, name, status, remaining_capacity, trained, screened, gender,"
            + " birth_year, lat, lon, max_travel_km, pref_gender, pref_min_age, pref_max_age, children_welcome,"
            + " has_children, municipality, languages, availability, excluded, interests, profession, about";

    private FullTextTable() {
    }

    /** (Re)creates the empty table. Rows are keyed by text ids, as judged sets name their volunteers. */
    public static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("drop table if exists " + NAME);
            s.execute("""
                    create table %s (
                      volunteer_id text primary key, name text not null, status varchar(10) not null,
                      remaining_capacity int not null, trained boolean not null, screened boolean not null,
                      gender varchar(1) not null, birth_year int, lat double precision not null,
                      lon double precision not null, max_travel_km double precision not null, pref_gender varchar(1),
                      pref_min_age int, pref_max_age int, children_welcome boolean not null,
                      has_children boolean not null, municipality text, languages text[] not null,
                      availability text[] not null, excluded text[] not null, interests text, profession text,
                      about text, interest_keys text[] not null default '{}', sector text,
                      plain_text text generated always as (name || ' ' || coalesce(interests, '') || ' '
                        || coalesce(profession, '') || ' ' || coalesce(about, '')) stored,
                      document tsvector generated always as (
                        setweight(to_tsvector('simple', name), 'A')
                        || setweight(to_tsvector('dutch', coalesce(interests, '')), 'A')
                        || setweight(to_tsvector('english', coalesce(interests, '')), 'A')
                        || setweight(to_tsvector('dutch', coalesce(profession, '')), 'B')
                        || setweight(to_tsvector('english', coalesce(profession, '')), 'B')
                        || setweight(to_tsvector('dutch', coalesce(about, '')), 'C')
                        || setweight(to_tsvector('english', coalesce(about, '')), 'C')) stored)""".formatted(NAME));
        }
    }

    /** Fills the table from the host's and the plugin's tables in one INSERT … SELECT; returns the row count. */
    public static int fillFromPluginTables(Connection c) throws SQLException {
        String conversational = "('CONVERSATIONAL', 'FLUENT', 'NATIVE')";
        String sql = ("insert into %s (" + COLUMNS + ")"
                + " select cast(p.volunteer_id as text), h.first_name || ' ' || h.last_name, p.status,"
                + " p.capacity - (select count(*) from %s tb join %s t on t.id = tb.trajectory_id"
                + "   where tb.volunteer_id = p.volunteer_id and t.status in ('PROPOSED', 'ACTIVE', 'PAUSED')),"
                + " p.basic_training_on is not null, p.screened_until is not null, h.gender, h.birth_year,"
                + " p.latitude, p.longitude, p.max_travel_km, p.pref_newcomer_gender, p.pref_min_age, p.pref_max_age,"
                + " p.children_welcome, p.has_children, p.municipality,"
                + " array(select l.language_code from %s l where l.volunteer_id = p.volunteer_id and l.level in "
                + conversational + "),"
                + " array(select substr(a.day_of_week, 1, 3) || '_' || a.day_part from %s a"
                + "   where a.volunteer_id = p.volunteer_id),"
                + " array(select 'n' || t.newcomer_id from %s tb join %s t on t.id = tb.trajectory_id"
                + "   where tb.volunteer_id = p.volunteer_id),"
                + " (select string_agg(i.interest, ', ') from %s i where i.volunteer_id = p.volunteer_id),"
                + " p.profession, concat_ws(chr(10), p.about, p.experience)"
                + " from %s p join %s h on h.id = p.volunteer_id").formatted(NAME, Tables.TRAJECTORY_BUDDY,
                Tables.TRAJECTORY, Tables.PROFILE_LANGUAGE, Tables.PROFILE_AVAILABILITY, Tables.TRAJECTORY_BUDDY,
                Tables.TRAJECTORY, Tables.PROFILE_INTEREST, Tables.PROFILE, Tables.PERSON);
        int rows;
        try (Statement s = c.createStatement()) {
            rows = s.executeUpdate(sql);
        }
        addKeysAndSectors(c);
        try (Statement s = c.createStatement()) {
            indexAndAnalyse(s);
        }
        return rows;
    }

    /** Fills the table from documents (a judged set's volunteers). */
    public static void fill(Connection c, List<BuddyProfileDocument> volunteers) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into " + NAME + " (" + COLUMNS + ") values ("
                + "?, ".repeat(COLUMNS.split(",").length - 1) + "?)")) {
            for (BuddyProfileDocument v : volunteers) {
                int i = 0;
                ps.setString(++i, v.id());
                ps.setString(++i, v.name());
                ps.setString(++i, v.status().name());
                ps.setInt(++i, v.remainingCapacity());
                ps.setBoolean(++i, v.trained());
                ps.setBoolean(++i, v.screenedUntil() != null);
                ps.setString(++i, v.gender().name());
                ps.setInt(++i, v.birthYear());
                ps.setDouble(++i, v.lat());
                ps.setDouble(++i, v.lon());
                ps.setDouble(++i, v.maxDistanceKm());
                ps.setString(++i, v.preferences().newcomerGender() == null ? null
                        : v.preferences().newcomerGender().name());
                ps.setObject(++i, v.preferences().minAge(), java.sql.Types.INTEGER);
                ps.setObject(++i, v.preferences().maxAge(), java.sql.Types.INTEGER);
                ps.setBoolean(++i, v.preferences().childrenWelcome());
                ps.setBoolean(++i, v.hasChildren());
                ps.setString(++i, v.municipality());
                ps.setArray(++i, c.createArrayOf("text", v.languages().toArray()));
                ps.setArray(++i, c.createArrayOf("text", v.availability().toArray()));
                ps.setArray(++i, c.createArrayOf("text", Stream.concat(v.excludedNewcomerIds().stream(),
                        v.pairedNewcomerIds().stream()).toArray()));
                ps.setString(++i, String.join(", ", v.interests()));
                ps.setString(++i, v.profession());
                ps.setString(++i, v.about());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        addKeysAndSectors(c);
        try (Statement s = c.createStatement()) {
            indexAndAnalyse(s);
        }
    }

    private static void indexAndAnalyse(Statement s) throws SQLException {
        s.execute("create index " + NAME + "_document on " + NAME + " using gin (document)");
        s.execute("create index " + NAME + "_takes_newcomers on " + NAME + " (lat, lon)"
                + " where status = 'AVAILABLE' and remaining_capacity >= 1");
        s.execute("create index " + NAME + "_filters on " + NAME + " (status, trained, screened, remaining_capacity)");
        s.execute("create index " + NAME + "_municipality on " + NAME + " (municipality)");
        for (String array : List.of("languages", "availability", "interest_keys")) {
            s.execute("create index " + NAME + "_" + array + " on " + NAME + " using gin (" + array + ")");
        }
        s.execute("analyze " + NAME);
    }

    /** Interests as canonical keys and the profession's sector, for the structured peer; in batches of 5,000. */
    private static void addKeysAndSectors(Connection c) throws SQLException {
        InterestVocabulary interests = InterestVocabulary.standard();
        SectorVocabulary sectors = SectorVocabulary.standard();
        try (Statement read = c.createStatement();
             PreparedStatement update = c.prepareStatement(
                     "update " + NAME + " set interest_keys = ?, sector = ? where volunteer_id = ?")) {
            read.setFetchSize(5000);
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (ResultSet rs = read.executeQuery("select volunteer_id, interests, profession from " + NAME)) {
                int batched = 0;
                while (rs.next()) {
                    String typed = rs.getString(2);
                    List<String> typedInterests = typed == null || typed.isBlank() ? List.of()
                            : List.of(typed.split(", "));
                    update.setArray(1, c.createArrayOf("text", interests.canonicalise(typedInterests).toArray()));
                    update.setString(2, sectors.sectorOf(rs.getString(3)).map(Enum::name).orElse(null));
                    update.setString(3, rs.getString(1));
                    update.addBatch();
                    if (++batched % 5000 == 0) {
                        update.executeBatch();
                    }
                }
                update.executeBatch();
            }
            c.commit();
            c.setAutoCommit(autoCommit);
        }
    }
}
