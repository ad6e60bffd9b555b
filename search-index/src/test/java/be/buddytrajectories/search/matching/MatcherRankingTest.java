package be.buddytrajectories.search.matching;

import static be.buddytrajectories.search.TestProfiles.buddy;
import static be.buddytrajectories.search.TestProfiles.newcomer;
import static be.buddytrajectories.search.TestProfiles.rules;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.search.index.ProfileIndex;
import be.buddytrajectories.search.profile.DutchLevel;
import be.buddytrajectories.search.profile.Goal;
import be.buddytrajectories.search.profile.MatchWeights;
import be.buddytrajectories.search.profile.NewcomerProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatcherRankingTest {

    @TempDir
    Path directory;
    private ProfileIndex index;
    private Matcher matcher;

    @BeforeEach
    void open() throws IOException {
        index = ProfileIndex.open(directory);
        matcher = new Matcher(index);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void interestsMatchAcrossDutchEnglishAndFrench() throws IOException {
        index.upsert(buddy("voetbal").with(b -> b.interests = List.of("voetbal")).build());
        index.upsert(buddy("foot").with(b -> b.interests = List.of("foot")).build());
        index.upsert(buddy("knitting").with(b -> b.interests = List.of("breien")).build());
        index.refresh();

        List<Suggestion> suggestions = suggest(newcomer("n").with(n -> n.interests = List.of("soccer")).build());

        assertThat(suggestions).extracting(Suggestion::buddyId).startsWith("voetbal", "foot").endsWith("knitting");
        assertThat(suggestions.get(0).reasons()).extracting(Reason::text).contains("Both like football");
    }

    @Test
    void anInterestNoVocabularyKnowsIsFoundWhereABuddyWroteItHimself() throws IOException {
        index.upsert(buddy("folds").with(b -> b.about = "Thuis vouw ik graag origami met de kinderen.").build());
        index.upsert(buddy("lists").with(b -> b.interests = List.of("Origami")).build());
        index.upsert(buddy("other").with(b -> b.about = "Ik hou van koken.").build());
        index.refresh();

        List<Suggestion> suggestions = suggest(newcomer("n").with(n -> n.interests = List.of("origami")).build());

        assertThat(suggestions).extracting(Suggestion::buddyId).endsWith("other");
        assertThat(suggestions.subList(0, 2)).extracting(Suggestion::buddyId).containsExactlyInAnyOrder("folds", "lists");
        assertThat(suggestions.subList(0, 2)).allSatisfy(suggestion -> assertThat(suggestion.reasons())
                .extracting(Reason::text).contains("Both like origami"));
        assertThat(suggestions.get(2).reasons()).extracting(Reason::text).doesNotContain("Both like origami");
    }

    @Test
    void workOrientationMatchesTheSameSectorAcrossLanguages() throws IOException {
        index.upsert(buddy("cook").with(b -> b.profession = "kok").build());
        index.upsert(buddy("nurse").with(b -> b.profession = "verpleegkundige").build());
        index.refresh();

        List<Suggestion> suggestions = suggest(newcomer("n").with(n -> {
            n.profession = "infirmière";
            n.goals = Set.of(Goal.WORK_ORIENTATION);
        }).build());

        assertThat(suggestions.get(0).buddyId()).isEqualTo("nurse");
        assertThat(suggestions.get(0).reasons()).extracting(Reason::clause).contains("goal:WORK_ORIENTATION");
    }

    @Test
    void aSharedContactLanguageOutweighsASharedInterestEvenWhenDutchIsEnough() throws IOException {
        index.upsert(buddy("arabic").with(b -> b.languages = List.of("nl", "ar")).build());
        index.upsert(buddy("hobbies").with(b -> {
            b.languages = List.of("nl");
            b.interests = List.of("koken");
        }).build());
        index.refresh();

        List<Suggestion> suggestions = suggest(newcomer("n").with(n -> {
            n.dutchLevel = DutchLevel.A2;
            n.interests = List.of("cooking");
        }).build());

        assertThat(suggestions).extracting(Suggestion::buddyId).containsExactly("arabic", "hobbies");
    }

    @Test
    void reasonsNameOnlyTheClausesThatMatched() throws IOException {
        index.upsert(buddy("b").with(b -> {
            b.languages = List.of("nl", "fr");
            b.interests = List.of("zwemmen");
            b.availability = List.of("SAT_MORNING");
            b.hasChildren = false;
        }).build());
        index.refresh();

        Suggestion suggestion = suggest(newcomer("n").with(n -> {
            n.dutchLevel = DutchLevel.B1;
            n.languages = List.of("ar");
            n.interests = List.of("natation", "chess");
            n.availability = List.of("WED_EVENING");
            n.hasChildren = true;
            n.goals = Set.of(Goal.CHILDREN_SCHOOL);
        }).build()).get(0);

        assertThat(suggestion.reasons()).extracting(Reason::clause).contains("interests", "distance")
                .doesNotContain("language", "availability", "family", "goal:CHILDREN_SCHOOL");
        assertThat(suggestion.reasons()).extracting(Reason::text).contains("Both like swimming");
        assertThat(suggestion.normalisedScore()).isBetween(1, 99);
    }

    @Test
    void similarAboutTextsRankHigherEvenInASmallIndex() throws IOException {
        index.upsert(buddy("baker").with(b -> b.about = "Ik ben bakker en hou van wandelen.").build());
        index.upsert(buddy("guitarist").with(b -> b.about = "Ik speel gitaar in een orkest.").build());
        index.upsert(buddy("reader").with(b -> b.about = "Ik lees graag boeken.").build());
        index.refresh();

        List<Suggestion> suggestions = suggest(newcomer("n").with(n -> n.about = "Ik speel gitaar.").build());

        assertThat(suggestions.get(0).buddyId()).isEqualTo("guitarist");
        assertThat(suggestions.get(0).reasons()).extracting(Reason::clause).contains("about");
        assertThat(suggestions.get(1).reasons()).extracting(Reason::clause).doesNotContain("about");
    }

    @Test
    void reasonsAreRenderedInDutchAndEnglish() throws IOException {
        index.upsert(buddy("b").with(b -> {
            b.interests = List.of("voetbal", "koken");
            b.availability = List.of("WED_EVENING");
        }).build());
        index.refresh();
        NewcomerProfile newcomer = newcomer("n").with(n -> n.interests = List.of("soccer", "cuisine")).build();

        List<String> english = matcher.suggest(newcomer, rules(), MatchWeights.defaults(), 1, Locale.ENGLISH).get(0)
                .reasons().stream().map(Reason::text).toList();
        List<String> dutch = matcher.suggest(newcomer, rules(), MatchWeights.defaults(), 1, Locale.forLanguageTag("nl"))
                .get(0).reasons().stream().map(Reason::text).toList();

        assertThat(english).contains("Speaks Arabic", "Both like cooking and football", "Both free on Wednesday evening",
                "1.1 km away");
        assertThat(dutch).contains("Spreekt Arabisch", "Houden allebei van koken en voetbal",
                "Allebei vrij op woensdagavond", "Woont op 1,1 km");
    }

    private List<Suggestion> suggest(NewcomerProfile newcomer) throws IOException {
        return matcher.suggest(newcomer, rules(), MatchWeights.defaults(), 10, Locale.ENGLISH);
    }
}
