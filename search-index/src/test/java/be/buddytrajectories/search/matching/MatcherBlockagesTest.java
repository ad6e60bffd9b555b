package be.buddytrajectories.search.matching;

import static be.buddytrajectories.search.TestProfiles.buddy;
import static be.buddytrajectories.search.TestProfiles.newcomer;
import static be.buddytrajectories.search.TestProfiles.rules;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.search.TestProfiles;
import be.buddytrajectories.search.index.ProfileIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which hard rules stand between a newcomer and every buddy: what a programme would have to recruit for. */
class MatcherBlockagesTest {

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
    void aNewcomerWithCandidatesIsNotBlocked() throws IOException {
        index.upsert(buddy("b").build());
        index.refresh();

        assertThat(matcher.blockages(List.of(newcomer("n").build()), rules()))
                .containsExactly(new Blockage("n", 1, List.of()));
    }

    @Test
    void theRulesWithoutWhichABuddyWouldPassAreNamed() throws IOException {
        index.upsert(buddy("speaks-only-french").with(b -> b.languages = List.of("nl", "fr")).build());
        index.upsert(buddy("far-away").with(b -> {
            b.lat = TestProfiles.GENT_LAT + 0.5;
            b.maxDistanceKm = 100;
        }).build());
        index.refresh();

        Blockage blockage = matcher.blockages(List.of(newcomer("n").build()), rules()).get(0);

        assertThat(blockage.blocked()).isTrue();
        assertThat(blockage.blocking()).containsExactlyInAnyOrder("language", "distance");
    }

    @Test
    void onlySeveralRulesAtOnceIsNamedAsNoSingleRuleAndTheNewcomersOwnExclusionsAreNeverRelaxed() throws IOException {
        index.upsert(buddy("french-and-far").with(b -> {
            b.languages = List.of("nl", "fr");
            b.lat = TestProfiles.GENT_LAT + 0.5;
            b.maxDistanceKm = 100;
        }).build());
        index.upsert(buddy("excluded").with(b -> b.excluded = Set.of("m")).build());
        index.refresh();

        assertThat(matcher.blockages(List.of(newcomer("n").build(), newcomer("m").build()), rules()))
                .containsExactly(new Blockage("n", 1, List.of()), new Blockage("m", 0, List.of()));
        index.upsert(buddy("excluded").with(b -> {
            b.excluded = Set.of("m");
            b.activeDuos = 1;
        }).build());
        index.refresh();
        assertThat(matcher.blockages(List.of(newcomer("m").build()), rules()).get(0).blocking()).isEmpty();
    }
}
