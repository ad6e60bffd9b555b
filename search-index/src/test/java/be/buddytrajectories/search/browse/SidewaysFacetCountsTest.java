package be.buddytrajectories.search.browse;

import static be.buddytrajectories.search.TestProfiles.buddy;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.search.browse.BrowseResult.FacetCount;
import be.buddytrajectories.search.index.ProfileFields;
import be.buddytrajectories.search.index.ProfileIndex;
import be.buddytrajectories.search.profile.BuddyStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidewaysFacetCountsTest {

    private static final String[] LANGUAGES = {"nl", "ar", "fr", "en", "ti", "uk"};
    private static final String[] MUNICIPALITIES = {"Gent", "Lokeren", "Aalst", "Eeklo"};
    private static final String[] SLOTS = {"MON_EVENING", "WED_AFTERNOON", "WED_EVENING", "SAT_MORNING"};
    private static final String[] WORDS = {"koken", "wandelen", "schaak", "muziek"};

    @TempDir
    Path directory;

    @Test
    void countsAsLuceneDrillSidewaysDoesOverRandomProfilesAndSelections() throws IOException {
        SplittableRandom random = new SplittableRandom(20261205);
        try (ProfileIndex index = ProfileIndex.open(directory)) {
            for (int i = 0; i < 400; i++) {
                index.upsert(buddy("b" + i).with(b -> {
                    b.languages = pick(random, LANGUAGES, 1 + random.nextInt(3));
                    b.municipality = MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)];
                    b.availability = pick(random, SLOTS, 1 + random.nextInt(3));
                    b.status = random.nextInt(4) == 0 ? BuddyStatus.PAUSED : BuddyStatus.AVAILABLE;
                    b.trained = random.nextBoolean();
                    b.about = "Ik hou van " + WORDS[random.nextInt(WORDS.length)] + ".";
                }).build());
                if (i % 97 == 0) {
                    index.refresh(); // several segments, so ordinals are mapped across them
                }
            }
            index.refresh();
            for (int round = 0; round < 60; round++) {
                Map<String, List<String>> selected = randomSelection(random);
                Query base = random.nextInt(3) == 0 ? new MatchAllDocsQuery()
                        : new TermQuery(new Term(ProfileFields.ABOUT_FOLDED, WORDS[random.nextInt(WORDS.length)]));
                index.search(searcher -> {
                    FacetsConfig config = ProfileFields.facetsConfig();
                    SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(
                            searcher.getIndexReader(), config);
                    SidewaysFacetCounts ours = SidewaysFacetCounts.count(searcher, base, state,
                            ProfileBrowser.DIMENSIONS, selected);
                    Map<String, List<FacetCount>> lucene = luceneCounts(searcher, config, state, base, selected);

                    assertThat(ours.top(50)).as("selection %s", selected).isEqualTo(lucene);
                    assertThat((long) ours.matchedAll()).isEqualTo(searcher.count(drillDown(config, base, selected)));
                    return null;
                });
            }
        }
    }

    @Test
    void aSelectedValueNoProfileHasMatchesNobodyButStillCountsItsDimensionSideways() throws IOException {
        try (ProfileIndex index = ProfileIndex.open(directory)) {
            index.upsert(buddy("a").with(b -> b.languages = List.of("nl", "ar")).build());
            index.upsert(buddy("b").with(b -> b.languages = List.of("nl", "fr")).build());
            index.refresh();
            index.search(searcher -> {
                SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(
                        searcher.getIndexReader(), ProfileFields.facetsConfig());
                SidewaysFacetCounts counts = SidewaysFacetCounts.count(searcher, new MatchAllDocsQuery(), state,
                        ProfileBrowser.DIMENSIONS, Map.of(ProfileFields.FACET_LANGUAGE, List.of("xx")));

                assertThat(counts.matchedAll()).isZero();
                assertThat(counts.top(50).get(ProfileFields.FACET_LANGUAGE)).containsExactly(
                        new FacetCount("nl", 2), new FacetCount("ar", 1), new FacetCount("fr", 1));
                assertThat(counts.top(50).get(ProfileFields.FACET_MUNICIPALITY)).isEmpty();
                return null;
            });
        }
    }

    private static Map<String, List<FacetCount>> luceneCounts(IndexSearcher searcher, FacetsConfig config,
            SortedSetDocValuesReaderState state, Query base, Map<String, List<String>> selected) throws IOException {
        DrillSideways.DrillSidewaysResult result = new DrillSideways(searcher, config, state)
                .search(drillDown(config, base, selected), 10);
        Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
        for (String dimension : ProfileBrowser.DIMENSIONS) {
            List<FacetCount> values = new ArrayList<>();
            FacetResult facet = result.facets.getTopChildren(50, dimension);
            if (facet != null) {
                for (LabelAndValue value : facet.labelValues) {
                    values.add(new FacetCount(value.label, value.value.intValue()));
                }
            }
            values.sort(java.util.Comparator.comparingInt(FacetCount::count).reversed()
                    .thenComparing(FacetCount::value));
            counts.put(dimension, values);
        }
        return counts;
    }

    private static DrillDownQuery drillDown(FacetsConfig config, Query base, Map<String, List<String>> selected) {
        DrillDownQuery query = new DrillDownQuery(config, new BooleanQuery.Builder()
                .add(base, BooleanClause.Occur.MUST).build());
        selected.forEach((dimension, values) -> values.forEach(value -> query.add(dimension, value)));
        return query;
    }

    private static Map<String, List<String>> randomSelection(SplittableRandom random) {
        Map<String, List<String>> selected = new HashMap<>();
        if (random.nextBoolean()) {
            selected.put(ProfileFields.FACET_LANGUAGE, pick(random, LANGUAGES, 1 + random.nextInt(2)));
        }
        if (random.nextBoolean()) {
            selected.put(ProfileFields.FACET_MUNICIPALITY, pick(random, MUNICIPALITIES, 1));
        }
        if (random.nextBoolean()) {
            selected.put(ProfileFields.FACET_AVAILABILITY, pick(random, SLOTS, 1 + random.nextInt(2)));
        }
        if (random.nextInt(3) == 0) {
            selected.put(ProfileFields.FACET_STATUS, List.of("AVAILABLE"));
        }
        return selected;
    }

    private static List<String> pick(SplittableRandom random, String[] values, int count) {
        List<String> all = new ArrayList<>(List.of(values));
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            picked.add(all.remove(random.nextInt(all.size())));
        }
        return picked;
    }
}
