package be.buddytrajectories.search.browse;

import java.util.List;
import java.util.Map;

/**
 * A coordinator's search.
 *
 * @param text free text, may be blank for "everyone"
 * @param selectedFacets facet dimension (see {@link be.buddytrajectories.search.index.ProfileFields}
 *     {@code FACET_*}) → selected values; values of one dimension are alternatives
 * @param offset first hit to return (0-based)
 * @param limit hits per page
 */
public record BrowseQuery(String text, Map<String, List<String>> selectedFacets, int offset, int limit) {

    public BrowseQuery {
        text = text == null ? "" : text;
        selectedFacets = selectedFacets == null ? Map.of() : Map.copyOf(selectedFacets);
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be ≥ 0 and limit ≥ 1");
        }
    }
}
