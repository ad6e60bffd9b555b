package be.buddytrajectories.bench.peer;

import be.buddytrajectories.search.browse.BrowseQuery;
import be.buddytrajectories.search.index.ProfileFields;
import be.buddytrajectories.search.profile.NewcomerProfile;
import be.buddytrajectories.search.profile.ProgrammeRules;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Suggestions and coordinator search done in SQL over {@link FullTextTable}: the matcher's hard filters as WHERE
 * clauses (the great-circle distance by the haversine formula), ranking either by {@code ts_rank} on the tsvector
 * (full-text search, GIN) or by the number of the newcomer's words found with {@code ILIKE}; search returns a page
 * with snippets and the total, plus the five facets by GROUP BY with drill-sideways counts, like ProfileBrowser.
 * No reasons: SQL has no equivalent of named matches.
 */
public final class SqlPeer {

    /** How text matches and ranks. */
    public enum Style {
        FULL_TEXT("PostgreSQL FTS"), ILIKE("PostgreSQL ILIKE");

        private final String label;

        Style(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final double EARTH_RADIUS_KM = 6371.0;
    private static final int MAX_WORDS = 40;
    private static final int FACET_VALUES = 50;
    private static final String TABLE = FullTextTable.NAME;
    private static final String FTS_QUERY = "(select to_tsquery('dutch', ?) || to_tsquery('english', ?) as q) words";
    private static final String FTS_SEARCH = "(select plainto_tsquery('dutch', ?) || plainto_tsquery('english', ?) as q) words";
    private static final Map<String, String> FACET_COLUMNS = Map.of(
            ProfileFields.FACET_LANGUAGE, "unnest(languages)", ProfileFields.FACET_MUNICIPALITY, "municipality",
            ProfileFields.FACET_AVAILABILITY, "unnest(availability)", ProfileFields.FACET_STATUS, "status",
            ProfileFields.FACET_TRAINING, "case when trained then 'true' else 'false' end");

    private final Connection connection;
    private final Style style;

    public SqlPeer(Connection connection, Style style) {
        this.connection = connection;
        this.style = style;
    }

    public Style style() {
        return style;
    }

    /** The best {@code limit} feasible buddies for the newcomer by text relevance, best first. */
    public List<String> suggest(NewcomerProfile newcomer, ProgrammeRules rules, int limit) throws SQLException {
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

    /** A coordinator's search: one page (with snippets) and the total, then the facet counts; returns the total. */
    public long search(BrowseQuery query) throws SQLException {
        long[] total = {0};
        Sql page = new Sql();
        if (style == Style.FULL_TEXT) {
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
        page.append(style == Style.FULL_TEXT ? " order by rank desc, volunteer_id" : " order by volunteer_id");
        page.append(" limit " + query.limit() + " offset " + query.offset() + ") hits");
        page.query(connection, rs -> total[0] = rs.getLong(4));
        for (Map.Entry<String, String> facet : FACET_COLUMNS.entrySet()) {
            Sql counts = new Sql();
            counts.append("select value, count(*) from (select " + facet.getValue() + " as value from " + TABLE);
            if (style == Style.FULL_TEXT) {
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
        if (style == Style.FULL_TEXT) {
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
        sql.append(" and " + EARTH_RADIUS_KM + " * 2 * asin(sqrt(power(sin(radians(lat - ?) / 2), 2)"
                + " + cos(radians(?)) * cos(radians(lat)) * power(sin(radians(lon - ?) / 2), 2)))"
                + " <= least(max_travel_km, ?)", n.lat(), n.lat(), n.lon(), rules.maxDistanceKm());
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

    /** Distinct lowercase words (3 letters or more) of the newcomer's interests, profession and about text. */
    static List<String> words(NewcomerProfile n) {
        Set<String> words = new LinkedHashSet<>();
        Stream.concat(n.interests().stream(), Stream.of(n.profession(), n.about()))
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
