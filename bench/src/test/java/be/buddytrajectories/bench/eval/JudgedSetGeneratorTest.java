package be.buddytrajectories.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JudgedSetGeneratorTest {

    @Test
    void theCommittedOwnSetIsExactlyWhatTheSeededGeneratorAndGraderProduce() throws IOException {
        assertThat(committed("own-set.json")).isEqualTo(JudgedSetGenerator.ownSet().generateJson());
    }

    @Test
    void theCommittedHeldOutWordingSetIsExactlyWhatItsGeneratorProduces() throws IOException {
        assertThat(committed("heldout-wording.json")).isEqualTo(JudgedSetGenerator.heldOutWording().generateJson());
    }

    @Test
    void theHeldOutWordingSharesTheConceptsButNoneOfTheInterestWordingsOfOurOwnSet() {
        OwnSetWording own = new OwnSetWording();
        HeldOutWording heldOut = new HeldOutWording();
        assertThat(heldOut.concepts()).containsExactly(own.concepts());
        assertThat(heldOut.sectors()).containsExactly(own.sectors());
        for (String concept : own.concepts()) {
            Set<String> ownWords = words(own.interestWords(concept));
            assertThat(words(heldOut.interestWords(concept))).as(concept).doesNotContainAnyElementsOf(ownWords);
        }
    }

    private static Set<String> words(String[][] byLanguage) {
        Set<String> words = new HashSet<>();
        Arrays.stream(byLanguage).forEach(language -> words.addAll(Arrays.asList(language)));
        return words;
    }

    private String committed(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/match-eval/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
