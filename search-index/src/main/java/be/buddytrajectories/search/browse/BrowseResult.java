package be.buddytrajectories.search.browse;

import java.util.List;
import java.util.Map;

/**
 * One page of a coordinator's search.
 *
 * @param totalHits all profiles matching text and selected facets
 * @param facets per dimension, the values with their drill-sideways counts (what selecting each would give)
 */
public record BrowseResult(long totalHits, List<Hit> hits, Map<String, List<FacetCount>> facets) {

    /**
     * @param snippet a passage with the matched words in {@code <b>…</b>}, or the start of the about text
     */
    public record Hit(String buddyId, String name, float score, String snippet) {
    }

    public record FacetCount(String value, int count) {
    }
}
