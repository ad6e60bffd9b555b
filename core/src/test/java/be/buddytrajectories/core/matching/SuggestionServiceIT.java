package be.buddytrajectories.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.access.AccessDeniedException;
import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.intake.NewcomerIntakeService;
import be.buddytrajectories.core.outbox.IndexOutbox;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.person.LanguageLevel;
import be.buddytrajectories.core.person.LanguageSkill;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Duos;
import be.buddytrajectories.core.testing.Profiles;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.search.browse.BrowseQuery;
import be.buddytrajectories.search.browse.BrowseResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SuggestionServiceIT {

    @TempDir
    Path indexDir;

    private CoreFixture fixture;
    private ProfileIndexer index;
    private SuggestionService matching;

    @AfterEach
    void close() throws Exception {
        index.close();
        fixture.close();
    }

    private void start(TestDatabases.Kind kind) {
        fixture = new CoreFixture(kind);
        BuddyDatabase database = fixture.db();
        index = new ProfileIndexer(indexDir, fixture.bean(IndexOutbox.class),
                new BuddyDocuments(database, fixture.bean(PeopleDirectory.class)), database,
                fixture.bean(AccessGuard.class));
        matching = new SuggestionService(index, fixture.bean(NewcomerIntakeService.class), database,
                fixture.bean(AccessGuard.class), fixture.clock);
    }

    private long buddy(String name, Set<LanguageSkill> languages) {
        long id = fixture.volunteer(name).id();
        fixture.bean(BuddyProfileService.class).register(id, Profiles.buddy(languages, Profiles.buddy().interests()));
        return id;
    }

    private void awaitIndexed(int documents) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (index.index().allIds().size() < documents) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("index did not reach " + documents + " documents");
            }
            Thread.sleep(20);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void suggestsTheBuddyWhoSharesALanguageWithReasonsInTheCoordinatorsLanguage(TestDatabases.Kind kind)
            throws Exception {
        start(kind);
        fixture.signInCoordinator();
        long english = buddy("Hanne", Set.of(new LanguageSkill("nl", LanguageLevel.NATIVE),
                new LanguageSkill("en", LanguageLevel.FLUENT)));
        long frenchOnly = buddy("Ward", Set.of(new LanguageSkill("nl", LanguageLevel.NATIVE),
                new LanguageSkill("fr", LanguageLevel.FLUENT)));
        long newcomer = new Duos(fixture).waiting("Amina", true).newcomerId();
        awaitIndexed(2);
        fixture.user.speaking(Locale.ENGLISH);

        List<BuddySuggestion> suggestions = matching.suggest(newcomer);

        assertThat(suggestions).extracting(BuddySuggestion::volunteerId).containsExactly(english);
        BuddySuggestion best = suggestions.get(0);
        assertThat(best.name()).isEqualTo("Hanne Buddy");
        assertThat(best.score()).isBetween(1, 100);
        assertThat(best.reasons()).anyMatch(r -> r.contains("English"))
                .anyMatch(r -> r.toLowerCase(Locale.ROOT).contains("football"));
        assertThat(matching.whyNot(newcomer, frenchOnly)).isNotEmpty()
                .anyMatch(r -> r.toLowerCase(Locale.ROOT).contains("language"));
        assertThat(matching.whyNot(newcomer, english)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aBuddyWhoseOnlyPlaceIsTakenByADuoIsNoLongerSuggested(TestDatabases.Kind kind) throws Exception {
        start(kind);
        fixture.signInCoordinator();
        Set<LanguageSkill> english = Set.of(new LanguageSkill("nl", LanguageLevel.NATIVE),
                new LanguageSkill("en", LanguageLevel.FLUENT));
        long busy = buddy("Saskia", english);
        long free = buddy("Toon", english);
        new Duos(fixture).active("Rasha", busy);
        long newcomer = new Duos(fixture).waiting("Omar", false).newcomerId();
        awaitIndexed(2);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (index.index().storedProfile(Long.toString(busy)).orElseThrow().activeDuos() == 0
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        assertThat(index.index().storedProfile(Long.toString(busy)).orElseThrow().pairedNewcomerIds()).hasSize(1);
        assertThat(matching.suggest(newcomer)).extracting(BuddySuggestion::volunteerId).containsExactly(free);
        assertThat(matching.whyNot(newcomer, busy)).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void volunteerSearchFindsByInterestInAnotherLanguageWithFacetCounts(TestDatabases.Kind kind) throws Exception {
        start(kind);
        fixture.signInCoordinator();
        buddy("Lien", Set.of(new LanguageSkill("nl", LanguageLevel.NATIVE), new LanguageSkill("en", LanguageLevel.FLUENT)));
        buddy("Bram", Set.of(new LanguageSkill("nl", LanguageLevel.NATIVE)));
        awaitIndexed(2);

        BrowseResult result = matching.searchVolunteers(new BrowseQuery("football", Map.of(), 0, 10));

        assertThat(result.totalHits()).isEqualTo(2);
        assertThat(result.facets()).containsKey("language");
        assertThat(result.facets().get("language"))
                .anySatisfy(f -> assertThat(f.value() + "=" + f.count()).isEqualTo("en=1"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aBuddyCannotAskForSuggestionsOrSearchVolunteers(TestDatabases.Kind kind) throws IOException {
        start(kind);
        fixture.signInBuddy(1L);

        assertThatThrownBy(() -> matching.suggest(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> matching.searchVolunteers(new BrowseQuery("", Map.of(), 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
