package be.buddytrajectories.core.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.access.AccessDeniedException;
import be.buddytrajectories.core.intake.NewcomerIntakeInput;
import be.buddytrajectories.core.intake.NewcomerIntakeService;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Duos;
import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.search.profile.DutchLevel;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WaitingListFairnessIT {

    private CoreFixture f;

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    private void waiting(String name, DutchLevel level, String municipality, boolean obliged) {
        Person newcomer = f.people.register(new NewPerson(PersonKind.NEWCOMER, name, "Newcomer", null, null, 1990,
                Gender.X, null, "9000", municipality, null, List.of("ar"), Set.of()));
        NewcomerIntakeInput usual = Duos.intake(obliged);
        f.signInCoordinator();
        f.bean(NewcomerIntakeService.class).register(newcomer.id(), new NewcomerIntakeInput(usual.contactLanguages(),
                level, usual.interests(), usual.interestsNote(), usual.goals(), usual.about(), usual.profession(),
                usual.availability(), usual.location(), usual.buddyGenderPreference(), usual.familySituation(),
                usual.pntObliged(), usual.caseWorkerName(), usual.caseWorkerAgency(), usual.consent(),
                usual.outcomeConsent()));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void newcomersWithLittleDutchWhoWaitLongestAreShownAsWaitingLongerAndSmallGroupsGetNoFigures(
            TestDatabases.Kind kind) {
        f = new CoreFixture(kind);
        for (int i = 0; i < 6; i++) {
            waiting("Amal" + i, DutchLevel.A0, "Gent", i % 2 == 0);
        }
        f.clock.advanceDays(90);
        waiting("Yusuf", DutchLevel.B1, "Aalst", true);
        for (int i = 0; i < 6; i++) {
            waiting("Bram" + i, DutchLevel.B1, "Gent", i % 2 == 0);
        }
        f.clock.advanceDays(30);

        WaitingFairness fairness = f.bean(WaitingListFairness.class).now();

        assertThat(fairness.newcomers()).isEqualTo(13);
        assertThat(fairness.medianDays()).isEqualTo(30);
        assertThat(fairness.byDutchLevel()).containsExactly(
                new WaitingGroup("A0", 6, 120L, 120L, true),
                new WaitingGroup("B1", 7, 30L, 30L, false));
        assertThat(fairness.byMunicipality()).containsExactly(
                new WaitingGroup("Gent", 12, 75L, 120L, true),
                new WaitingGroup("Aalst", 1, null, null, false));
        assertThat(fairness.byObligation()).extracting(WaitingGroup::value, WaitingGroup::newcomers)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("obliged", 7),
                        org.assertj.core.groups.Tuple.tuple("not-obliged", 6));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anEmptyWaitingListHasNoGroupsAndOnlyCoordinatorsAndAdminsSeeIt(TestDatabases.Kind kind) {
        f = new CoreFixture(kind);
        f.signInCoordinator();
        WaitingFairness fairness = f.bean(WaitingListFairness.class).now();
        assertThat(fairness.newcomers()).isZero();
        assertThat(fairness.byDutchLevel()).isEmpty();

        f.signInBuddy(7L);
        assertThatThrownBy(() -> f.bean(WaitingListFairness.class).now()).isInstanceOf(AccessDeniedException.class);
    }
}
