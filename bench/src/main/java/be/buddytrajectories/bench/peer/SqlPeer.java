package be.buddytrajectories.bench.peer;

import be.buddytrajectories.search.browse.BrowseQuery;
import be.buddytrajectories.search.index.ProfileFields;
import be.buddytrajectories.search.profile.Goal;
import be.buddytrajectories.search.profile.MatchWeights;
import be.buddytrajectories.search.profile.NewcomerProfile;
import be.buddytrajectories.search.profile.ProgrammeRules;
import be.buddytrajectories.search.vocabulary.InterestVocabulary;
import be.buddytrajectories.search.vocabulary.SectorVocabulary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Suggestions and coordinator search done in SQL over {@link FullTextTable}, as a good SQL developer would write
 * them: the matcher's hard filters as WHERE clauses, a bounding box on the indexed position before the exact
 * great-circle distance (haversine), {@code jit = off} (short queries pay its compile time and gain nothing).
 * Ranking either by {@code ts_rank} of the newcomer's interest and profession words on the tsvector (full-text
 * search, GIN), by the number of those words found with {@code ILIKE}, or, in the structured style, by a weighted
 * sum of the matcher's own soft criteria with its default weights: a shared contact language, interests in
 * common, goals served by the buddy's sector or family, overlapping availability, distance and age. Search
 * returns a page with snippets and the total, plus the five facets by GROUP BY with drill-sideways counts, like
 * ProfileBrowser. No reasons: SQL has no equivalent of named matches.
 */
public final class SqlPeer {

    /** How text matches and ranks. */
    public enum Style {
        FULL_TEXT("PostgreSQL FTS"), ILIKE("PostgreSQL ILIKE"), STRUCTURED("structured SQL score");

        private final String label;

        Style(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final double EARTH_RADIUS_KM = 6371.0;
    /** The great-circle distance to the newcomer in km; its parameters are his latitude, latitude, longitude. */
    private static final String HAVERSINE_KM = EARTH_RADIUS_KM + " * 2 * asin(sqrt(power(sin(radians(lat - ?) / 2), 2)"
            + " + cos(radians(?)) * cos(radians(lat)) * power(sin(radians(lon - ?) / 2), 2)))";
    private static final InterestVocabulary INTERESTS = InterestVocabulary.standard();
    private static final SectorVocabulary SECTORS = SectorVocabulary.standard();
    private static final int MAX_WORDS = 40;
    private static final int FACET_VALUES = 50;
    private static final String TABLE = FullTextTable.NAME;
    private static final String FTS_QUERY = "(select to_tsquery('dutch', ?) || to_tsquery('english', ?) as q) words";
    private static final String FTS_SEARCH = "(select plainto_tsquery('dutch', ?) || plainto_tsquery('english', ?) as q) words";
    private static final Map<String, String> FACET_COLUMNS = Map.of(
            ProfileFields.FACET_LANGUAGE, "unnest(languages)", ProfileFields.FACET_MUNICIPALITY, "municipality",
            ProfileFields.FACET_AVAILABILITY, "unnest(availability)", ProfileFields.FACET_STATUS, "status",
            ProfileFields.FACET_TRAINING, "case when trained then 'true' else 'false' end");

    private static final double KM_PER_DEGREE_LATITUDE = 111.2;

    private final Connection connection;
    private final Style style;
    private final MatchWeights weights = MatchWeights.defaults();

    public SqlPeer(Connection connection, Style style) throws SQLException {
        this.connection = connection;
        this.style = style;
        try (Statement s = connection.createStatement()) {
            s.execute("set jit = off");
        }
    }

    public Style style() {
        return style;
    }

    /** The best {@code limit} feasible buddies for the newcomer by text relevance, best first. */
    public List<String> suggest(NewcomerProfile newcomer, ProgrammeRules rules, int limit) throws SQLException {
        if (style == Style.STRUCTURED) {
            return structured(newcomer, rules, limit);
        }
        List<String> words = words(newcomer);
        if (words.isEmpty()) {
            return List.of();
        }
        Sql sql = new Sql();
        if (style == Style.FULL_TEXT) {
            String query = String.join(" | ", words);
            sql.append("select volunteer_id from " + TABLE + ", " + FTS_QUERY + " where document @@ q", query, query);
        } else {
            sql.append("select volunteer_id from " + TABLE + " where plain_text ilike any (?)", likeArray(words));
        }
        hardFilters(sql, newcomer, rules);
        if (style == Style.FULL_TEXT) {
            sql.append(" order by ts_rank(document, q) desc, volunteer_id limit " + limit);
        } else {
            sql.append(" order by (select count(*) from unnest(cast(? as text[])) w where plain_text ilike w) desc,"
                    + " volunteer_id limit " + limit, likeArray(words));
        }
        List<String> ids = new ArrayList<>();
        sql.query(connection, rs -> ids.add(rs.getString(1)));
        return ids;
    }

    /** The best {@code limit} feasible buddies by the weighted sum of the matcher's soft criteria, best first. */
    private List<String> structured(NewcomerProfile n, ProgrammeRules rules, int limit) throws SQLException {
        float languageWeight = n.dutchLevel().dutchIsCommonLanguage() ? weights.sharedLanguage()
                : weights.sharedLanguageLowDutch();
        Sql sql = new Sql();
        sql.append("select volunteer_id from (select volunteer_id, "
                + "(case when languages && ? then " + languageWeight + " else 0 end)",
                connection.createArrayOf("text", n.languages().toArray()));
        sql.append(" + " + weights.interest() + " * cardinality(array(select unnest(interest_keys)"
                + " intersect select unnest(cast(? as text[]))))",
                connection.createArrayOf("text", INTERESTS.canonicalise(n.interests()).toArray()));
        for (Goal goal : n.goals()) {
            goalServed(goal, n).ifPresent(condition -> sql.append(" + (case when " + condition.sql()
                    + " then " + weights.goalFit() + " else 0 end)", condition.values()));
        }
        sql.append(" + (case when availability && ? then " + weights.availability() + " else 0 end)",
                connection.createArrayOf("text", n.availability().toArray()));
        sql.append(" + " + weights.distance() + " * " + weights.distancePivotKm() + " / (" + weights.distancePivotKm()
                + " + " + HAVERSINE_KM + ")", n.lat(), n.lat(), n.lon());
        if (n.hasChildren()) {
            sql.append(" + (case when has_children then " + weights.familyFit() + " else 0 end)");
        }
        sql.append(" + " + weights.ageCloseness() + " * " + weights.agePivotYears() + ".0 / (" + weights.agePivotYears()
                + " + abs(coalesce(birth_year, ?) - ?)) as score from " + TABLE + " where true",
                n.birthYear(), n.birthYear());
        hardFilters(sql, n, rules);
        sql.append(") scored order by score desc, volunteer_id limit " + limit);
        List<String> ids = new ArrayList<>();
        sql.query(connection, rs -> ids.add(rs.getString(1)));
        return ids;
    }

    /** A condition on the buddy that serves a goal, as the matcher's goal clauses read it. */
    private Optional<Condition> goalServed(Goal goal, NewcomerProfile n) {
        return switch (goal) {
            case WORK_ORIENTATION -> SECTORS.sectorOf(n.profession())
                    .map(sector -> new Condition("sector = ?", sector.name()));
            case CHILDREN_SCHOOL -> Optional.of(new Condition("has_children"));
            case PRACTISE_DUTCH -> Optional.of(new Condition("sector = 'EDUCATION'"));
            case INSTITUTIONS -> Optional.of(new Condition("sector in ('SOCIAL', 'ADMINISTRATION')"));
            case SOCIAL_NETWORK, LEISURE -> Optional.empty();
        };
    }

    private record Condition(String sql, Object... values) {
    }

    /**
     * A coordinator's search: one page (with snippets) and the total, then the facet counts; returns the total.
     * The structured peer searches text as the full-text one does.
     */
    public long search(BrowseQuery query) throws SQLException {
        long[] total = {0};
        Sql page = new Sql();
        if (style != Style.ILIKE) {
            page.append("select volunteer_id, name, ts_headline('dutch', coalesce(about, ''), q,"
                    + " 'StartSel=<b>, StopSel=</b>, MaxFragments=1'), total from (select volunteer_id, name, about, q,"
                    + " ts_rank(document, q) as rank, count(*) over () as total from " + TABLE + ", " + FTS_SEARCH
                    + " where true", query.text(), query.text());
        } else {
            page.append("select volunteer_id, name, about, total from (select volunteer_id, name, about,"
                    + " count(*) over () as total from " + TABLE + " where true");
        }
        textMatch(page, query.text());
        facetFilters(page, query.selectedFacets(), null);
        page.append(style != Style.ILIKE ? " order by rank desc, volunteer_id" : " order by volunteer_id");
        page.append(" limit " + query.limit() + " offset " + query.offset() + ") hits");
        page.query(connection, rs -> total[0] = rs.getLong(4));
        for (Map.Entry<String, String> facet : FACET_COLUMNS.entrySet()) {
            Sql counts = new Sql();
            counts.append("select value, count(*) from (select " + facet.getValue() + " as value from " + TABLE);
            if (style != Style.ILIKE) {
                counts.append(", " + FTS_SEARCH, query.text(), query.text());
            }
            counts.append(" where true");
            textMatch(counts, query.text());
            // Drill sideways: a dimension's counts ignore its own selection, so other values stay choosable.
            facetFilters(counts, query.selectedFacets(), facet.getKey());
            counts.append(") v group by value order by 2 desc limit " + FACET_VALUES);
            counts.query(connection, rs -> { });
        }
        return total[0];
    }

    private void textMatch(Sql sql, String text) throws SQLException {
        if (text.isBlank()) {
            return;
        }
        if (style != Style.ILIKE) {
            sql.append(" and document @@ q");
        } else {
            sql.append(" and plain_text ilike all (?)", likeArray(List.of(text.trim().split("\\s+"))));
        }
    }

    private void facetFilters(Sql sql, Map<String, List<String>> selected, String except) throws SQLException {
        for (Map.Entry<String, List<String>> facet : selected.entrySet()) {
            if (facet.getKey().equals(except) || facet.getValue().isEmpty()) {
                continue;
            }
            var values = connection.createArrayOf("text", facet.getValue().toArray());
            switch (facet.getKey()) {
                case ProfileFields.FACET_LANGUAGE -> sql.append(" and languages && ?", values);
                case ProfileFields.FACET_AVAILABILITY -> sql.append(" and availability && ?", values);
                case ProfileFields.FACET_MUNICIPALITY -> sql.append(" and municipality = any (?)", values);
                case ProfileFields.FACET_STATUS -> sql.append(" and status = any (?)", values);
                case ProfileFields.FACET_TRAINING -> sql.append(" and cast(trained as text) = any (?)", values);
                default -> throw new IllegalArgumentException("unknown facet " + facet.getKey());
            }
        }
    }

    /** The matcher's hard filters (DESIGN §6), one condition each. */
    private void hardFilters(Sql sql, NewcomerProfile n, ProgrammeRules rules) throws SQLException {
        int age = rules.ageOf(n.birthYear());
        sql.append(" and status = 'AVAILABLE' and remaining_capacity >= 1");
        if (rules.requireTraining()) {
            sql.append(" and trained");
        }
        if (rules.requireScreening()) {
            sql.append(" and screened");
        }
        // The bounding box of the programme's maximum distance is a range on the partial index; the exact
        // distance then checks only the buddies inside it.
        double latitudeSpan = rules.maxDistanceKm() / KM_PER_DEGREE_LATITUDE;
        double longitudeSpan = latitudeSpan / Math.max(0.01, Math.cos(Math.toRadians(n.lat())));
        sql.append(" and lat between ? and ? and lon between ? and ?", n.lat() - latitudeSpan, n.lat() + latitudeSpan,
                n.lon() - longitudeSpan, n.lon() + longitudeSpan);
        sql.append(" and " + HAVERSINE_KM + " <= least(max_travel_km, ?)", n.lat(), n.lat(), n.lon(),
                rules.maxDistanceKm());
        if (n.buddyGender() != null) {
            sql.append(" and gender = ?", n.buddyGender().name());
        }
        sql.append(" and (pref_gender is null or pref_gender = ?)", n.gender().name());
        sql.append(" and (pref_min_age is null or pref_min_age <= ?) and (pref_max_age is null or pref_max_age >= ?)",
                age, age);
        if (n.hasChildren()) {
            sql.append(" and children_welcome");
        }
        if (!n.dutchLevel().dutchIsCommonLanguage()) {
            sql.append(" and languages && ?", connection.createArrayOf("text", n.languages().toArray()));
        }
        sql.append(" and not (? = any (excluded))", n.id());
    }

    /**
     * Distinct lowercase words (3 letters or more) of the newcomer's interests and profession: what a text search
     * should look for. The about text is left out: its filler words slow the query and lower its quality.
     */
    static List<String> words(NewcomerProfile n) {
        Set<String> words = new LinkedHashSet<>();
        Stream.concat(n.interests().stream(), Stream.of(n.profession()))
                .flatMap(text -> Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")))
                .filter(w -> w.length() >= 3)
                .forEach(words::add);
        return words.stream().limit(MAX_WORDS).toList();
    }

    private java.sql.Array likeArray(List<String> words) throws SQLException {
        return connection.createArrayOf("text", words.stream()
                .map(w -> "%" + w.replace("\\", "").replace("%", "").replace("_", "") + "%").toArray());
    }

    /** SQL text with its parameters, appended together so they cannot drift apart. */
    private static final class Sql {
        private final StringBuilder text = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        void append(String fragment, Object... values) {
            text.append(fragment);
            params.addAll(Arrays.asList(values));
        }

        void query(Connection c, RowHandler handler) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(text.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        handler.row(rs);
                    }
                }
            }
        }
    }

    @FunctionalInterface
    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }
}
