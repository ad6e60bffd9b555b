package be.buddytrajectories.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OwnSetGeneratorTest {

    @Test
    void theCommittedOwnSetIsExactlyWhatTheSeededGeneratorAndGraderProduce() throws IOException {
        try (InputStream committed = getClass().getResourceAsStream("/match-eval/own-set.json")) {
            assertThat(new String(committed.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(new OwnSetGenerator(OwnSetGenerator.DEFAULT_SEED).generateJson());
        }
    }
}
