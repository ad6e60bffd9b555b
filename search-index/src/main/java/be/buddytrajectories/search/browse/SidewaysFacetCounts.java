package be.buddytrajectories.search.browse;

import be.buddytrajectories.search.browse.BrowseResult.FacetCount;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;

/**
 * Drill-sideways facet counts in one pass over the profiles the text matches: a profile that matches every
 * selected dimension counts in all dimensions, one that misses exactly one selected dimension counts in that
 * dimension only, so a selected dimension shows what choosing another of its values would give. The same counts as
 * Lucene's {@code DrillSideways}, which gets them by scoring the text query and walking the postings of every
 * selected value; reading each matched profile's facet ordinals once is several times cheaper when a selected value
 * (a common language, say) is held by most profiles.
 */
final class SidewaysFacetCounts {

    private static final int UNSELECTED = -1;

    private final SortedSetDocValuesReaderState state;
    private final List<String> dimensions;
    /**
     * Per ordinal, the index of its selected dimension (or {@link #UNSELECTED}), and whether it is one of the selected
     * values: a profile's ordinals are checked by array look-ups only.
     */
    private final int[] selectedDimensionOf;
    private final boolean[] selectedValue;
    private final int allSelected;
    private final int[] counts;
    private int matchedAll;

    private SidewaysFacetCounts(SortedSetDocValuesReaderState state, List<String> dimensions,
                                Map<String, List<String>> selected) throws IOException {
        this.state = state;
        this.dimensions = dimensions;
        this.counts = new int[state.getSize()];
        this.selectedDimensionOf = new int[state.getSize()];
        this.selectedValue = new boolean[state.getSize()];
        Arrays.fill(selectedDimensionOf, UNSELECTED);
        SortedSetDocValues values = state.getDocValues();
        int dimension = 0;
        for (Map.Entry<String, List<String>> selection : selected.entrySet()) {
            if (selection.getValue().isEmpty()) {
                continue;
            }
            OrdRange range = state.getOrdRange(selection.getKey());
            if (range != null) {
                Arrays.fill(selectedDimensionOf, range.start, range.end + 1, dimension);
                for (String value : selection.getValue()) {
                    long ord = values.lookupTerm(new BytesRef(
                            FacetsConfig.pathToString(selection.getKey(), new String[] {value})));
                    if (ord >= 0) {
                        selectedValue[(int) ord] = true;
                    }
                }
            }
            // A dimension or value no profile has is still selected, and then matches nobody.
            dimension++;
        }
        allSelected = (1 << dimension) - 1;
    }

    /**
     * Counts the facets of the profiles {@code base} matches.
     *
     * @param selected dimension → selected values (alternatives within a dimension)
     */
    static SidewaysFacetCounts count(IndexSearcher searcher, Query base, SortedSetDocValuesReaderState state,
                                     List<String> dimensions, Map<String, List<String>> selected) throws IOException {
        if (selected.size() > Integer.SIZE - 1) {
            throw new IllegalArgumentException("at most 31 facet dimensions can be selected");
        }
        SidewaysFacetCounts counts = new SidewaysFacetCounts(state, dimensions, selected);
        searcher.search(base, counts.new Counter(state.getDocValues()));
        return counts;
    }

    /** Profiles that match the base query and every selected dimension. */
    int matchedAll() {
        return matchedAll;
    }

    /** Per dimension, in the order given, its values by count (highest first, then by value), at most {@code top}. */
    Map<String, List<FacetCount>> top(int top) throws IOException {
        SortedSetDocValues values = state.getDocValues();
        Map<String, List<FacetCount>> result = new LinkedHashMap<>();
        for (String dimension : dimensions) {
            List<FacetCount> dimensionCounts = new ArrayList<>();
            OrdRange range = state.getOrdRange(dimension);
            for (int ord = range == null ? 0 : range.start; range != null && ord <= range.end; ord++) {
                if (counts[ord] > 0) {
                    String path = values.lookupOrd(ord).utf8ToString();
                    dimensionCounts.add(new FacetCount(FacetsConfig.stringToPath(path)[1], counts[ord]));
                }
            }
            dimensionCounts.sort(Comparator.comparingInt(FacetCount::count).reversed()
                    .thenComparing(FacetCount::value));
            result.put(dimension, List.copyOf(dimensionCounts.subList(0, Math.min(top, dimensionCounts.size()))));
        }
        return result;
    }

    /** Reads each matched profile's ordinals through the reader-wide doc values, in increasing document order. */
    private final class Counter extends SimpleCollector {

        private final SortedSetDocValues values;
        private int[] ordinals = new int[64];
        private int docBase;

        Counter(SortedSetDocValues values) {
            this.values = values;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            docBase = context.docBase;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (!values.advanceExact(docBase + doc)) {
                return;
            }
            int n = values.docValueCount();
            if (n > ordinals.length) {
                ordinals = new int[n];
            }
            int matched = 0;
            for (int i = 0; i < n; i++) {
                int ord = (int) values.nextOrd();
                ordinals[i] = ord;
                if (selectedValue[ord]) {
                    matched |= 1 << selectedDimensionOf[ord];
                }
            }
            int missed = allSelected & ~matched;
            if (missed == 0) {
                matchedAll++;
                for (int i = 0; i < n; i++) {
                    counts[ordinals[i]]++;
                }
            } else if (Integer.bitCount(missed) == 1) {
                int missedDimension = Integer.numberOfTrailingZeros(missed);
                for (int i = 0; i < n; i++) {
                    if (selectedDimensionOf[ordinals[i]] == missedDimension) {
                        counts[ordinals[i]]++;
                    }
                }
            }
        }
    }
}
