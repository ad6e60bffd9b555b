package be.buddytrajectories.search.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InterestVocabularyTest {

    private final InterestVocabulary vocabulary = InterestVocabulary.standard();

    @Test
    void knowsAtLeastSixtyInterests() {
        assertThat(vocabulary.size()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void footballIsOneInterestInDutchEnglishAndFrench() {
        for (String word : List.of("voetbal", "Voetballen", "football", "soccer", "foot")) {
            assertThat(vocabulary.canonicalise(word)).as(word).containsExactly("football");
        }
    }

    @Test
    void cookingIsRecognisedInAnyInflection() {
        for (String word : List.of("koken", "kookt", "cooking", "cooks", "Cuisiner", "cuisine")) {
            assertThat(vocabulary.canonicalise(word)).as(word).containsExactly("cooking");
        }
    }

    @Test
    void accentsAndPluralsDoNotMatter() {
        assertThat(vocabulary.canonicalise("Échecs")).containsExactly("chess");
        assertThat(vocabulary.canonicalise("board games")).containsExactly("board_games");
        assertThat(vocabulary.canonicalise("jeux de société")).containsExactly("board_games");
    }

    @Test
    void aTypedInterestWithOneTypoIsTheInterestItWasMeantToBe() {
        assertThat(vocabulary.canonicalise("voetball")).containsExactly("football");
        assertThat(vocabulary.canonicalise("fietsne")).containsExactly("cycling");
        assertThat(vocabulary.canonicalise("tenis")).containsExactly("tennis");
        assertThat(vocabulary.canonicalise("cuisne")).containsExactly("cooking");
    }

    @Test
    void aShortWordIsNotCorrectedAndAWordThatIsNoTypoStaysItself() {
        assertThat(vocabulary.canonicalise("yogo")).containsExactly("word:yogo");
        assertThat(vocabulary.canonicalise("Nederlands leren")).noneMatch("reading"::equals);
    }

    @Test
    void aDutchCompoundIsReadByItsKnownPart() {
        assertThat(vocabulary.canonicalise("zomerfietstochten")).containsExactly("cycling");
        assertThat(vocabulary.canonicalise("avondwandeling")).containsExactly("walking");
        assertThat(vocabulary.canonicalise("voetbaltraining")).containsExactly("football");
        assertThat(vocabulary.canonicalise("boardgames")).containsExactly("board_games");
    }

    @Test
    void runningTextIsReadForCompoundsButNotGuessedForTypos() {
        assertThat(vocabulary.mentionedIn("Ik hou van avondwandelingen")).containsExactly("walking");
        assertThat(vocabulary.mentionedIn("Ik wil graag zwemmne")).isEmpty();
        assertThat(vocabulary.canonicalise("zwemmne")).containsExactly("swimming");
    }

    @Test
    void unknownInterestKeepsItsFoldedWording() {
        assertThat(vocabulary.canonicalise("Origami")).containsExactly("word:origami");
    }

    @Test
    void findsInterestsMentionedInFreeTextButNotFunctionWords() {
        assertThat(vocabulary.mentionedIn("Ik hou van zwemmen en koken")).containsExactly("swimming", "cooking");
        assertThat(vocabulary.mentionedIn("J'habite dans le centre")).isEmpty();
    }

    @Test
    void labelsFollowTheLocale() {
        assertThat(vocabulary.label("football", Locale.forLanguageTag("nl"))).isEqualTo("voetbal");
        assertThat(vocabulary.label("football", Locale.ENGLISH)).isEqualTo("football");
    }
}
