package be.buddytrajectories.search.browse;

import static be.buddytrajectories.search.index.ProfileFields.*;

import be.buddytrajectories.search.browse.BrowseResult.FacetCount;
import be.buddytrajectories.search.browse.BrowseResult.Hit;
import be.buddytrajectories.search.index.ProfileAnalyzers;
import be.buddytrajectories.search.index.ProfileFields;
import be.buddytrajectories.search.index.ProfileIndex;
import be.buddytrajectories.search.profile.BuddyProfileDocument;
import be.buddytrajectories.search.vocabulary.InterestVocabulary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Faceted free-text search over buddy profiles for coordinators. Thread-safe; create one per index. */
public final class ProfileBrowser {

    /** Facet dimensions shown, in display order. */
    public static final List<String> DIMENSIONS =
            List.of(FACET_LANGUAGE, FACET_MUNICIPALITY, FACET_AVAILABILITY, FACET_STATUS, FACET_TRAINING);

    private static final int MAX_FACET_VALUES = 50;
    private static final int SNIPPET_FALLBACK_LENGTH = 160;
    private static final float INTEREST_SYNONYM_BOOST = 2f;
    /** Fields of the free text and their weights: what a coordinator most likely means ranks first. */
    private static final Map<String, Float> TEXT_FIELDS = Map.of(NAME, 3f, INTEREST_TEXT, 2f, PROFESSION_FOLDED, 1.5f,
            PROFESSION_DUTCH, 1f, PROFESSION_ENGLISH, 1f, ABOUT_FOLDED, 1f, ABOUT_DUTCH, 0.7f, ABOUT_ENGLISH, 0.7f);
    private static final String[] SNIPPET_FIELDS = {ABOUT_FOLDED, INTEREST_TEXT, PROFESSION_FOLDED};

    private final ProfileIndex index;
    private final InterestVocabulary interests;
    private final FacetsConfig facetsConfig = ProfileFields.facetsConfig();
    private final Analyzer analyzer = ProfileAnalyzers.perField();
    /** Facet ordinals are per reader and costly to build: kept until the next refresh. */
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    public ProfileBrowser(ProfileIndex index) {
        this(index, InterestVocabulary.standard());
    }

    ProfileBrowser(ProfileIndex index, InterestVocabulary interests) {
        this.index = index;
        this.interests = interests;
    }

    public BrowseResult search(BrowseQuery query) throws IOException {
        return index.search(searcher -> {
            if (searcher.getIndexReader().numDocs() == 0) {
                return new BrowseResult(0, List.of(), Map.of());
            }
            Query textQuery = textQuery(query.text());
            DrillDownQuery drillDown = new DrillDownQuery(facetsConfig, textQuery);
            query.selectedFacets().forEach((dimension, values) -> values.forEach(v -> drillDown.add(dimension, v)));
            DrillSideways drillSideways = new DrillSideways(searcher, facetsConfig, facetState(searcher));
            DrillSideways.DrillSidewaysResult result = drillSideways.search(drillDown, query.offset() + query.limit());
            ScoreDoc[] page = Arrays.copyOfRange(result.hits.scoreDocs, Math.min(query.offset(),
                    result.hits.scoreDocs.length), result.hits.scoreDocs.length);
            return new BrowseResult(result.hits.totalHits.value, hits(searcher, textQuery, page, query.text()),
                    facetCounts(result.facets));
        });
    }

    /** The text parsed over every text field (AND between words), or with synonyms through the vocabulary. */
    private Query textQuery(String text) {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, TEXT_FIELDS);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(parser.parse(text), BooleanClause.Occur.SHOULD);
        // "soccer" should find the buddy who typed "voetbal": canonical interests on both sides.
        for (String key : interests.mentionedIn(text)) {
            builder.add(new BoostQuery(KeywordField.newExactQuery(INTEREST, key), INTEREST_SYNONYM_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        return builder.setMinimumNumberShouldMatch(1).build();
    }

    private List<Hit> hits(IndexSearcher searcher, Query textQuery, ScoreDoc[] page, String text) throws IOException {
        Map<String, String[]> snippets = Map.of();
        if (!text.isBlank() && page.length > 0) {
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter(String.valueOf(Hit.MATCH_START),
                            String.valueOf(Hit.MATCH_END), "… ", false))
                    .build();
            TopDocs pageDocs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
            snippets = highlighter.highlightFields(SNIPPET_FIELDS, textQuery, pageDocs);
        }
        Set<String> mentioned = text.isBlank() ? Set.of() : interests.mentionedIn(text);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            BuddyProfileDocument profile = ProfileIndex.profileOf(searcher.storedFields().document(page[i].doc));
            hits.add(new Hit(profile.id(), profile.name(), page[i].score, snippet(snippets, i, profile, mentioned)));
        }
        return hits;
    }

    /**
     * The first highlighted passage among about, interests and profession; else, for a hit found through an
     * interest's synonym ("soccer" for a buddy who typed "voetbal"), his interests with those marked; else the start
     * of the about text.
     */
    private String snippet(Map<String, String[]> snippets, int hit, BuddyProfileDocument profile,
                           Set<String> mentioned) {
        for (String field : SNIPPET_FIELDS) {
            String[] perHit = snippets.get(field);
            if (perHit != null && perHit[hit] != null && perHit[hit].indexOf(Hit.MATCH_START) >= 0) {
                return perHit[hit];
            }
        }
        if (!mentioned.isEmpty()) {
            List<String> marked = profile.interests().stream().map(interest -> interests.canonicalise(interest)
                    .stream().anyMatch(mentioned::contains) ? Hit.MATCH_START + interest + Hit.MATCH_END : interest)
                    .toList();
            if (marked.stream().anyMatch(interest -> interest.indexOf(Hit.MATCH_START) >= 0)) {
                return String.join(", ", marked);
            }
        }
        String about = profile.about();
        return about.length() <= SNIPPET_FALLBACK_LENGTH ? about : about.substring(0, SNIPPET_FALLBACK_LENGTH) + "…";
    }

    private static Map<String, List<FacetCount>> facetCounts(Facets facets) throws IOException {
        Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
        for (String dimension : DIMENSIONS) {
            List<FacetCount> values = new ArrayList<>();
            FacetResult result;
            try {
                result = facets.getTopChildren(MAX_FACET_VALUES, dimension);
            } catch (IllegalArgumentException noValuesIndexed) {
                result = null;
            }
            if (result != null) {
                for (LabelAndValue value : result.labelValues) {
                    values.add(new FacetCount(value.label, value.value.intValue()));
                }
            }
            counts.put(dimension, values);
        }
        return counts;
    }

    private SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
        FacetState current = facetState;
        IndexReader reader = searcher.getIndexReader();
        if (current == null || current.reader() != reader) {
            current = new FacetState(reader, new DefaultSortedSetDocValuesReaderState(reader, facetsConfig));
            facetState = current;
        }
        return current.state();
    }
}
