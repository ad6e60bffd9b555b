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
     * @param snippet a passage with each matched word between {@link #MATCH_START} and {@link #MATCH_END}, or the
     *                start of the about text
     */
    public record Hit(String buddyId, String name, float score, String snippet) {

        /**
         * Control characters mark the matches because profile texts cannot hold them (the plugin's text rules
         * refuse them), whereas a tag such as {@code <b>} could be typed into a profile and pass for a match.
         */
        public static final char MATCH_START = '\u0002';
        public static final char MATCH_END = '\u0003';
    }

    public record FacetCount(String value, int count) {
    }
}
