package be.buddytrajectories.search.browse;

import static be.buddytrajectories.search.TestProfiles.buddy;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.search.browse.BrowseResult.FacetCount;
import be.buddytrajectories.search.index.ProfileFields;
import be.buddytrajectories.search.index.ProfileIndex;
import be.buddytrajectories.search.profile.BuddyStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileBrowserTest {

    @TempDir
    Path directory;
    private ProfileIndex index;
    private ProfileBrowser browser;

    @BeforeEach
    void indexThreeBuddies() throws IOException {
        index = ProfileIndex.open(directory);
        browser = new ProfileBrowser(index);
        index.upsert(buddy("ar-gent").with(b -> {
            b.languages = List.of("nl", "ar");
            b.about = "Ik hou van wandelen in het park en van koken.";
        }).build());
        index.upsert(buddy("fr-gent").with(b -> {
            b.languages = List.of("nl", "fr");
            b.about = "Retired teacher who likes walking.";
            b.interests = List.of("voetbal");
        }).build());
        index.upsert(buddy("ar-lokeren").with(b -> {
            b.languages = List.of("nl", "ar");
            b.municipality = "Lokeren";
            b.status = BuddyStatus.PAUSED;
            b.about = "Ik speel graag schaak.";
        }).build());
        index.refresh();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void facetsGiveDrillSidewaysCounts() throws IOException {
        BrowseResult result = browser.search(new BrowseQuery("", Map.of(ProfileFields.FACET_LANGUAGE, List.of("ar")),
                0, 10));

        assertThat(result.totalHits()).isEqualTo(2);
        // The selected dimension still counts every value, as if it were not selected...
        assertThat(result.facets().get(ProfileFields.FACET_LANGUAGE))
                .contains(new FacetCount("nl", 3), new FacetCount("ar", 2), new FacetCount("fr", 1));
        // ...while the other dimensions count only the drilled-down hits.
        assertThat(result.facets().get(ProfileFields.FACET_MUNICIPALITY))
                .containsExactlyInAnyOrder(new FacetCount("Gent", 1), new FacetCount("Lokeren", 1));
        assertThat(result.facets().get(ProfileFields.FACET_STATUS))
                .containsExactlyInAnyOrder(new FacetCount("AVAILABLE", 1), new FacetCount("PAUSED", 1));
    }

    @Test
    void highlightMarksTheMatchedWord() throws IOException {
        BrowseResult result = browser.search(new BrowseQuery("koken", Map.of(), 0, 10));

        assertThat(result.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.buddyId()).isEqualTo("ar-gent");
            assertThat(hit.snippet()).contains(BrowseResult.Hit.MATCH_START + "koken" + BrowseResult.Hit.MATCH_END);
        });
    }

    @Test
    void freeTextFindsInterestsThroughSynonyms() throws IOException {
        BrowseResult result = browser.search(new BrowseQuery("soccer", Map.of(), 0, 10));

        assertThat(result.hits()).extracting(BrowseResult.Hit::buddyId).containsExactly("fr-gent");
    }

    @Test
    void aHitFoundThroughAnInterestsSynonymMarksThatInterestInItsSnippet() throws IOException {
        BrowseResult result = browser.search(new BrowseQuery("soccer", Map.of(), 0, 10));

        assertThat(result.hits()).singleElement().extracting(BrowseResult.Hit::snippet)
                .asString().contains(BrowseResult.Hit.MATCH_START + "voetbal" + BrowseResult.Hit.MATCH_END)
                .doesNotContain("Retired teacher");
    }

    @Test
    void pagingReturnsTheRequestedSliceAndTheTotal() throws IOException {
        BrowseResult first = browser.search(new BrowseQuery("", Map.of(), 0, 2));
        BrowseResult second = browser.search(new BrowseQuery("", Map.of(), 2, 2));

        assertThat(first.totalHits()).isEqualTo(3);
        assertThat(first.hits()).hasSize(2);
        assertThat(second.hits()).hasSize(1);
        assertThat(second.hits().get(0).buddyId()).isNotIn(first.hits().stream().map(BrowseResult.Hit::buddyId).toList());
    }
}
