package be.buddytrajectories.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.access.AccessDeniedException;
import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.intake.NewcomerIntakeInput;
import be.buddytrajectories.core.intake.NewcomerIntakeService;
import be.buddytrajectories.core.outbox.IndexOutbox;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.person.HomeLocation;
import be.buddytrajectories.core.person.LanguageLevel;
import be.buddytrajectories.core.person.LanguageSkill;
import be.buddytrajectories.core.profile.BuddyProfileInput;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Duos;
import be.buddytrajectories.core.testing.Profiles;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RecruitmentGapsIT {

    private static final HomeLocation ANTWERPEN = new HomeLocation("2000", "Antwerpen", 51.2194, 4.4025);

    @TempDir
    Path indexDir;

    private CoreFixture fixture;
    private ProfileIndexer index;
    private RecruitmentGaps gaps;

    @AfterEach
    void close() throws Exception {
        index.close();
        fixture.close();
    }

    private void start(TestDatabases.Kind kind) {
        fixture = new CoreFixture(kind);
        BuddyDatabase database = fixture.db();
        AccessGuard access = fixture.bean(AccessGuard.class);
        index = new ProfileIndexer(indexDir, fixture.bean(IndexOutbox.class),
                new BuddyDocuments(database, fixture.bean(PeopleDirectory.class)), database, access);
        SuggestionService matching = new SuggestionService(index, fixture.bean(NewcomerIntakeService.class), database,
                access, fixture.clock);
        gaps = new RecruitmentGaps(matching, index, fixture.bean(NewcomerIntakeService.class),
                fixture.bean(TrajectoryService.class), access);
    }

    private void buddy(String name, String language, HomeLocation home) {
        BuddyProfileInput usual = Profiles.buddy(1);
        fixture.bean(BuddyProfileService.class).register(fixture.volunteer(name).id(), new BuddyProfileInput(
                Set.of(new LanguageSkill("nl", LanguageLevel.NATIVE), new LanguageSkill(language, LanguageLevel.FLUENT)),
                usual.interests(), usual.interestsNote(), usual.about(), usual.profession(), usual.experience(),
                usual.availability(), home, usual.maxTravelKm(), usual.capacity(), usual.preferredNewcomerGender(),
                usual.preferredMinAge(), usual.preferredMaxAge(), usual.childrenWelcome(), usual.hasChildren(),
                usual.consent()));
    }

    private void waiting(String name, Set<String> languages) {
        NewcomerIntakeInput usual = Duos.intake(true);
        fixture.bean(NewcomerIntakeService.class).register(fixture.newcomer(name).id(), new NewcomerIntakeInput(
                languages, usual.dutchLevel(), usual.interests(), usual.interestsNote(), usual.goals(), usual.about(),
                usual.profession(), usual.availability(), usual.location(), usual.buddyGenderPreference(),
                usual.familySituation(), usual.pntObliged(), usual.caseWorkerName(), usual.caseWorkerAgency(),
                usual.consent(), usual.outcomeConsent()));
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
    void newcomersWhoseLanguageIsSpokenOnlyFarAwayNeedABuddyWhoSpeaksItNearbyAndTheOthersAreNotCounted(
            TestDatabases.Kind kind) throws Exception {
        start(kind);
        fixture.signInCoordinator();
        buddy("Hanne", "fr", Profiles.GENT);
        buddy("Ward", "ar", ANTWERPEN);
        for (int i = 0; i < 3; i++) {
            waiting("Amal" + i, Set.of("ar", "en"));
        }
        waiting("Dorcas", Set.of("fr"));
        waiting("Ilyas", Set.of("tr"));
        awaitIndexed(2);

        List<RecruitmentNeed> needs = gaps.now();

        assertThat(needs).hasSize(2);
        RecruitmentNeed arabic = needs.get(0);
        assertThat(arabic.newcomers()).isEqualTo(3);
        assertThat(arabic.rules()).containsExactly("distance", "language");
        assertThat(arabic.languages()).containsExactly("ar", "en");
        assertThat(arabic.municipality()).isEqualTo("Gent");
        assertThat(arabic.withinKm()).isPositive();
        assertThat(arabic.commonSlot()).isEqualTo("WED_EVENING");
        assertThat(needs.get(1)).as("nobody speaks Turkish: only the language rule blocks")
                .isEqualTo(new RecruitmentNeed(1, List.of("language"), List.of("tr"), null, 0, null, null,
                        "WED_EVENING"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anEmptyWaitingListHasNoGapsAndABuddyIsRefused(TestDatabases.Kind kind) {
        start(kind);
        fixture.signInCoordinator();
        assertThat(gaps.now()).isEmpty();

        fixture.signInBuddy(7L);
        assertThatThrownBy(() -> gaps.now()).isInstanceOf(AccessDeniedException.class);
    }
}
