package be.buddytrajectories.search.round;

import static be.buddytrajectories.search.TestProfiles.buddy;
import static be.buddytrajectories.search.TestProfiles.newcomer;
import static be.buddytrajectories.search.TestProfiles.rules;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.search.index.ProfileIndex;
import be.buddytrajectories.search.matching.Matcher;
import be.buddytrajectories.search.profile.MatchWeights;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchRoundTest {

    @TempDir
    Path directory;

    @Test
    void proposesWithinCapacitiesAndListsWhoIsLeftWaiting() throws IOException {
        try (ProfileIndex index = ProfileIndex.open(directory)) {
            index.upsert(buddy("two-duos").with(b -> {
                b.capacity = 3;
                b.activeDuos = 1;
                b.interests = List.of("koken");
            }).build());
            index.upsert(buddy("one-duo").with(b -> b.interests = List.of("fietsen")).build());
            index.refresh();
            MatchRound round = new MatchRound(index, new Matcher(index));

            RoundResult result = round.propose(List.of(
                    newcomer("n1").with(n -> n.interests = List.of("cooking")).build(),
                    newcomer("n2").with(n -> n.interests = List.of("cycling")).build(),
                    newcomer("n3").with(n -> n.interests = List.of("cuisine")).build(),
                    newcomer("n4").with(n -> n.interests = List.of("koken")).build()),
                    rules(), MatchWeights.defaults(), 5, Locale.ENGLISH);

            assertThat(result.proposals()).extracting(p -> p.newcomerId() + "→" + p.buddyId())
                    .containsExactly("n1→two-duos", "n2→one-duo", "n3→two-duos");
            assertThat(result.unassignedNewcomerIds()).containsExactly("n4");
            assertThat(result.proposals().get(0).reasons()).isNotEmpty();
        }
    }
}
