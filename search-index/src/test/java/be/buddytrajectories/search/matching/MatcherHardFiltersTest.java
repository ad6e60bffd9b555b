package be.buddytrajectories.search.matching;

import static be.buddytrajectories.search.TestProfiles.buddy;
import static be.buddytrajectories.search.TestProfiles.newcomer;
import static be.buddytrajectories.search.TestProfiles.rules;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.search.TestProfiles;
import be.buddytrajectories.search.index.ProfileIndex;
import be.buddytrajectories.search.profile.BuddyPreferences;
import be.buddytrajectories.search.profile.BuddyStatus;
import be.buddytrajectories.search.profile.DutchLevel;
import be.buddytrajectories.search.profile.MatchWeights;
import be.buddytrajectories.search.profile.NewcomerProfile;
import be.buddytrajectories.search.profile.ProgrammeRules;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per hard rule: the changed buddy (or newcomer) is not suggested, and "why not" names the rule. */
class MatcherHardFiltersTest {

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
    void aBuddyPassingEveryRuleIsSuggested() throws IOException {
        assertThat(suggestedIds(b -> { }, n -> { })).containsExactly("b");
        assertThat(matcher.whyNot(newcomer("n").build(), "b", rules(), Locale.ENGLISH)).isEmpty();
    }

    @Test
    void pausedBuddyIsExcluded() throws IOException {
        assertExcludedBy("status", b -> b.status = BuddyStatus.PAUSED, n -> { });
    }

    @Test
    void buddyWithoutRemainingCapacityIsExcluded() throws IOException {
        assertExcludedBy("capacity", b -> b.activeDuos = 1, n -> { });
    }

    @Test
    void untrainedBuddyIsExcludedWhenTheProgrammeRequiresTraining() throws IOException {
        assertExcludedBy("training", b -> b.trained = false, n -> { });
    }

    @Test
    void untrainedBuddyIsSuggestedWhenTheProgrammeDoesNotRequireTraining() throws IOException {
        index.upsert(buddy("b").with(b -> b.trained = false).build());
        index.refresh();
        ProgrammeRules relaxed = new ProgrammeRules(false, true, 25, rules().clock());

        assertThat(matcher.suggest(newcomer("n").build(), relaxed, MatchWeights.defaults(), 10, Locale.ENGLISH))
                .extracting(Suggestion::buddyId).containsExactly("b");
    }

    @Test
    void unscreenedBuddyIsExcludedWhenTheProgrammeRequiresScreening() throws IOException {
        assertExcludedBy("screening", b -> b.screenedUntil = null, n -> { });
    }

    @Test
    void aScreeningStopsCountingTheDayAfterItExpiresWithoutAReindex() throws IOException {
        index.upsert(buddy("b").with(b -> b.screenedUntil = LocalDate.of(2026, 12, 31)).build());
        index.refresh();
        NewcomerProfile newcomer = newcomer("n").build();

        assertThat(matcher.suggest(newcomer, ProgrammeRules.on(LocalDate.of(2026, 12, 31), true, true, 25),
                MatchWeights.defaults(), 10, Locale.ENGLISH)).extracting(Suggestion::buddyId).containsExactly("b");
        ProgrammeRules dayAfter = ProgrammeRules.on(LocalDate.of(2027, 1, 1), true, true, 25);
        assertThat(matcher.suggest(newcomer, dayAfter, MatchWeights.defaults(), 10, Locale.ENGLISH)).isEmpty();
        assertThat(matcher.whyNot(newcomer, "b", dayAfter, Locale.ENGLISH)).extracting(Reason::clause)
                .containsExactly("screening");
    }

    @Test
    void buddyBeyondTheProgrammesMaximumDistanceIsExcluded() throws IOException {
        // 0.3° of latitude is about 33 km; the programme allows 25 and the buddy would travel 50.
        assertExcludedBy("distance", b -> {
            b.lat = TestProfiles.GENT_LAT + 0.3;
            b.maxDistanceKm = 50;
        }, n -> n.lat = TestProfiles.GENT_LAT);
    }

    @Test
    void buddyBeyondHisOwnMaximumDistanceIsExcludedExactly() throws IOException {
        // 0.05° of latitude is 5.56 km: a buddy travelling 5.5 km is out, one travelling 5.6 km is in.
        assertExcludedBy("distance", b -> {
            b.lat = TestProfiles.GENT_LAT + 0.05;
            b.maxDistanceKm = 5.5;
        }, n -> n.lat = TestProfiles.GENT_LAT);
        assertThat(suggestedIds(b -> {
            b.lat = TestProfiles.GENT_LAT + 0.05;
            b.maxDistanceKm = 5.6;
        }, n -> n.lat = TestProfiles.GENT_LAT)).containsExactly("b");
    }

    @Test
    void buddyOfAnotherGenderThanTheNewcomerAskedForIsExcluded() throws IOException {
        assertExcludedBy("buddyGender", b -> b.gender = Gender.M, n -> n.buddyGender = Gender.F);
    }

    @Test
    void buddyPreferringNewcomersOfAnotherGenderIsExcluded() throws IOException {
        assertExcludedBy("newcomerGender", b -> b.preferences = new BuddyPreferences(Gender.F, null, null, true),
                n -> n.gender = Gender.M);
    }

    @Test
    void buddyWhoseAgeBandExcludesTheNewcomerIsExcluded() throws IOException {
        // The newcomer is 2026 − 1985 = 41.
        assertExcludedBy("ageBand", b -> b.preferences = new BuddyPreferences(null, 18, 40, true), n -> { });
        assertThat(suggestedIds(b -> b.preferences = new BuddyPreferences(null, 41, 41, true), n -> { }))
                .containsExactly("b");
    }

    @Test
    void buddyNotWelcomingChildrenIsExcludedForANewcomerWithChildren() throws IOException {
        assertExcludedBy("children", b -> b.preferences = new BuddyPreferences(null, null, null, false),
                n -> n.hasChildren = true);
    }

    @Test
    void buddyWithoutACommonLanguageIsExcludedBelowA2() throws IOException {
        assertExcludedBy("language", b -> b.languages = List.of("nl", "fr"), n -> n.dutchLevel = DutchLevel.A1);
    }

    @Test
    void dutchCountsAsCommonLanguageFromA2() throws IOException {
        assertThat(suggestedIds(b -> b.languages = List.of("nl", "fr"), n -> n.dutchLevel = DutchLevel.A2))
                .containsExactly("b");
    }

    @Test
    void buddyAlreadyPairedWithTheNewcomerIsExcluded() throws IOException {
        assertExcludedBy("paired", b -> b.paired = Set.of("n"), n -> { });
    }

    @Test
    void buddyRejectedForTheNewcomerIsExcluded() throws IOException {
        assertExcludedBy("rejected", b -> b.excluded = Set.of("n"), n -> { });
    }

    @Test
    void whyNotSpeaksTheCoordinatorsLanguage() throws IOException {
        index.upsert(buddy("b").with(b -> b.status = BuddyStatus.PAUSED).build());
        index.refresh();

        assertThat(matcher.whyNot(newcomer("n").build(), "b", rules(), Locale.forLanguageTag("nl")))
                .extracting(Reason::text).containsExactly("Is niet beschikbaar (status PAUSED)");
        assertThat(matcher.whyNot(newcomer("n").build(), "nobody", rules(), Locale.ENGLISH))
                .extracting(Reason::clause).containsExactly("unknown");
    }

    private void assertExcludedBy(String filter, Consumer<TestProfiles.Buddy> buddyChange,
            Consumer<TestProfiles.Newcomer> newcomerChange) throws IOException {
        assertThat(suggestedIds(buddyChange, newcomerChange)).isEmpty();
        NewcomerProfile newcomer = newcomer("n").with(newcomerChange).build();
        assertThat(matcher.whyNot(newcomer, "b", rules(), Locale.ENGLISH)).extracting(Reason::clause)
                .containsExactly(filter);
    }

    private List<String> suggestedIds(Consumer<TestProfiles.Buddy> buddyChange,
            Consumer<TestProfiles.Newcomer> newcomerChange) throws IOException {
        index.upsert(buddy("b").with(buddyChange).build());
        index.refresh();
        return matcher.suggest(newcomer("n").with(newcomerChange).build(), rules(), MatchWeights.defaults(), 10,
                Locale.ENGLISH).stream().map(Suggestion::buddyId).toList();
    }
}
