package be.buddytrajectories.search.browse;

import static be.buddytrajectories.search.index.ProfileFields.*;

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
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

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
    /** The texts a snippet is cut from, in order of preference, as indexed in their folded fields. */
    private static final Map<String, Function<BuddyProfileDocument, String>> SNIPPET_FIELDS = snippetFields();

    private final ProfileIndex index;
    private final InterestVocabulary interests;
    private final FacetsConfig facetsConfig = ProfileFields.facetsConfig();
    /**
     * Shared by every browser: an analyser keeps its tokenizers and stemmers per thread, so one made per browser (core
     * makes a browser per search) would build them again for every search.
     */
    private static final Analyzer ANALYZER = ProfileAnalyzers.perField();
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
            SidewaysFacetCounts facets = SidewaysFacetCounts.count(searcher, textQuery, facetState(searcher),
                    DIMENSIONS, query.selectedFacets());
            return new BrowseResult(facets.matchedAll(),
                    hits(searcher, textQuery, page(searcher, textQuery, query), query.text()),
                    facets.top(MAX_FACET_VALUES));
        });
    }

    /**
     * The requested page of the profiles that match the text and every selected facet, best first: a query of its
     * own, so that only the competitive profiles are scored.
     */
    private ScoreDoc[] page(IndexSearcher searcher, Query textQuery, BrowseQuery query) throws IOException {
        DrillDownQuery drillDown = new DrillDownQuery(facetsConfig, textQuery);
        query.selectedFacets().forEach((dimension, values) -> values.forEach(v -> drillDown.add(dimension, v)));
        ScoreDoc[] top = searcher.search(drillDown, query.offset() + query.limit()).scoreDocs;
        return Arrays.copyOfRange(top, Math.min(query.offset(), top.length), top.length);
    }

    /** The text parsed over every text field (AND between words), or with synonyms through the vocabulary. */
    private Query textQuery(String text) {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        SimpleQueryParser parser = new SimpleQueryParser(ANALYZER, TEXT_FIELDS);
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
        MatchMarker marker = MatchMarker.of(textQuery, ANALYZER, SNIPPET_FIELDS.keySet());
        Set<String> mentioned = text.isBlank() ? Set.of() : interests.mentionedIn(text);
        // One reader for the whole page: each new one allocates its own decompression buffers.
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>();
        for (ScoreDoc hit : page) {
            BuddyProfileDocument profile = ProfileIndex.profileOf(stored.document(hit.doc));
            hits.add(new Hit(profile.id(), profile.name(), hit.score, snippet(marker, profile, mentioned)));
        }
        return hits;
    }

    /**
     * The sentence with the most matched words in the about text, else in the interests, else in the profession;
     * else, for a hit found through an interest's synonym ("soccer" for a buddy who typed "voetbal"), his interests
     * with those marked; else the start of the about text.
     */
    private String snippet(MatchMarker marker, BuddyProfileDocument profile, Set<String> mentioned) {
        for (Map.Entry<String, Function<BuddyProfileDocument, String>> field : SNIPPET_FIELDS.entrySet()) {
            Optional<String> marked = marker.mark(field.getKey(), field.getValue().apply(profile));
            if (marked.isPresent()) {
                return marked.get();
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

    private static Map<String, Function<BuddyProfileDocument, String>> snippetFields() {
        Map<String, Function<BuddyProfileDocument, String>> fields = new LinkedHashMap<>();
        fields.put(ABOUT_FOLDED, BuddyProfileDocument::about);
        fields.put(INTEREST_TEXT, BuddyProfileDocument::interestsAsText);
        fields.put(PROFESSION_FOLDED, BuddyProfileDocument::profession);
        return fields;
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
