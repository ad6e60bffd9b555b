package be.buddytrajectories.search.browse;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.search.index.ProfileAnalyzers;
import be.buddytrajectories.search.index.ProfileFields;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class MatchMarkerTest {

    private static final String ABOUT = ProfileFields.ABOUT_FOLDED;

    @Test
    void marksTheMatchedWordsOfTheSentenceWithTheMostOfThem() {
        Query query = anyOf(term(ABOUT, "koken"), term(ABOUT, "park"));

        Optional<String> snippet = marker(query).mark(ABOUT,
                "Ik kook graag. Wandelen in het park en koken voor vrienden, dat doe ik graag! Verder lees ik.");

        assertThat(snippet).contains("Wandelen in het \u0002park\u0003 en \u0002koken\u0003 voor vrienden, dat doe ik graag!");
    }

    @Test
    void matchesAsTheFieldIsIndexedIgnoringCaseAndAccents() {
        Optional<String> snippet = marker(term(ABOUT, "velo")).mark(ABOUT, "Je fais du Vélo le dimanche.");

        assertThat(snippet).contains("Je fais du \u0002Vélo\u0003 le dimanche.");
    }

    @Test
    void prefixAndFuzzyWordsAreMarkedToo() {
        Query query = anyOf(new PrefixQuery(new Term(ABOUT, "wandel")), new FuzzyQuery(new Term(ABOUT, "kokne")));

        assertThat(marker(query).mark(ABOUT, "Wandelingen maken en koken."))
                .contains("\u0002Wandelingen\u0003 maken en \u0002koken\u0003.");
    }

    @Test
    void wordsTheQueryExcludesOrThatBelongToAnotherFieldAreNotMarked() {
        Query query = new BooleanQuery.Builder()
                .add(term(ABOUT, "koken"), BooleanClause.Occur.SHOULD)
                .add(term(ABOUT, "vis"), BooleanClause.Occur.MUST_NOT)
                .add(term(ProfileFields.PROFESSION_FOLDED, "park"), BooleanClause.Occur.SHOULD)
                .build();

        assertThat(marker(query).mark(ABOUT, "Koken met vis in het park."))
                .contains("\u0002Koken\u0003 met vis in het park.");
    }

    @Test
    void aTextWithoutAMatchGivesNoSnippet() {
        assertThat(marker(term(ABOUT, "koken")).mark(ABOUT, "Ik lees graag.")).isEmpty();
        assertThat(marker(term(ABOUT, "koken")).mark(ABOUT, "")).isEmpty();
        assertThat(marker(term(ABOUT, "koken")).mark(ProfileFields.INTEREST_TEXT, "koken")).isEmpty();
    }

    private static MatchMarker marker(Query query) {
        return MatchMarker.of(query, ProfileAnalyzers.perField(),
                Set.of(ABOUT, ProfileFields.INTEREST_TEXT, ProfileFields.PROFESSION_FOLDED));
    }

    private static Query term(String field, String text) {
        return new TermQuery(new Term(field, text));
    }

    private static Query anyOf(Query... queries) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (Query query : queries) {
            builder.add(query, BooleanClause.Occur.SHOULD);
        }
        return builder.build();
    }
}
