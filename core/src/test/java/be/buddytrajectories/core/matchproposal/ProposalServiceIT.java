package be.buddytrajectories.core.matchproposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.access.AccessDeniedException;
import be.buddytrajectories.core.outbox.IndexOutbox;
import be.buddytrajectories.core.outbox.OutboxEntry;
import be.buddytrajectories.core.profile.BuddyProfile;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.profile.BuddyProfiles;
import be.buddytrajectories.core.programme.ProgrammeSettings;
import be.buddytrajectories.core.programme.ProgrammeSettingsInput;
import be.buddytrajectories.core.programme.ProgrammeSettingsService;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Duos;
import be.buddytrajectories.core.testing.FixturePerKind;
import be.buddytrajectories.core.trajectory.EndReason;
import be.buddytrajectories.core.trajectory.FitCheck;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.core.trajectory.TrajectoryStatus;
import be.buddytrajectories.core.trajectory.WaitingEntry;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.search.profile.BuddyStatus;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProposalServiceIT extends FixturePerKind {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theWaitingListPutsRematchesFirstThenPntObligedThenWaitingTimeThenEarlierEarlyEnds(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        TrajectoryService service = f.bean(TrajectoryService.class);
        f.clock.setToday(CoreFixture.START);
        long a = duos.waiting("Abdel", false).id();
        Trajectory dDuo = duos.active("Dunya", duos.buddy("Dries", 1));
        long d = service.requeue(service.close(dDuo.id(), dDuo.version(), EndReason.LOST_CONTACT, null)
                .newcomerId()).id();
        f.clock.advanceDays(1);
        long b = duos.waiting("Bahar", true).id();
        f.clock.advanceDays(1);
        long c = duos.waiting("Cemal", false).id();
        f.clock.advanceDays(1);
        Trajectory eDuo = duos.active("Esra", duos.buddy("Emiel", 1));
        eDuo = service.recordFitCheck(eDuo.id(), eDuo.version(), FitCheck.NOT_A_GOOD_FIT);
        long e = service.rematch(eDuo.id(), eDuo.version(), null).id();

        List<Long> order = service.waitingList().stream().map(WaitingEntry::trajectoryId)
                .filter(Set.of(a, b, c, d, e)::contains).toList();

        assertThat(order).containsExactly(e, b, d, a, c);
        WaitingEntry first = service.waitingList().stream().filter(w -> w.trajectoryId() == b).findFirst().orElseThrow();
        assertThat(first.pntObliged()).isTrue();
        assertThat(first.daysWaiting()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aDeclineKeepsItsReasonAndTheNewcomersPlace(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        ProposalService matches = f.bean(ProposalService.class);
        f.clock.setToday(CoreFixture.START.minusYears(1));
        Trajectory first = duos.waiting("Fatima", false);
        f.clock.advanceDays(1);
        Trajectory second = duos.waiting("Ghada", false);
        long buddy = duos.buddy("Greet", 1);
        Trajectory proposed = matches.propose(first.id(), first.version(), List.of(new Candidate(buddy, 9.5, "Spreekt Frans")));
        assertThat(activeDuos(f, buddy)).isEqualTo(1);

        Trajectory declined = matches.decline(proposed.id(), proposed.version(), "buddy woont te ver voor het gezin");

        assertThat(declined.status()).isEqualTo(TrajectoryStatus.WAITING);
        assertThat(declined.waitingSince()).isEqualTo(first.waitingSince());
        List<Long> order = f.bean(TrajectoryService.class).waitingList().stream().map(WaitingEntry::trajectoryId)
                .filter(Set.of(first.id(), second.id())::contains).toList();
        assertThat(order).containsExactly(first.id(), second.id());
        MatchProposal proposal = matches.proposalsFor(first.id()).get(0);
        assertThat(proposal.decision()).contains(Decision.REJECTED);
        assertThat(proposal.decisionReason()).contains("buddy woont te ver voor het gezin");
        assertThat(proposal.reasons()).contains("Spreekt Frans");
        assertThat(activeDuos(f, buddy)).isZero();
        Set<Long> rejected = f.db().inTransaction(em -> BuddyProfiles.rejectedNewcomerIds(em, buddy));
        assertThat(rejected).containsExactly(first.newcomerId());
        assertThatThrownBy(() -> matches.propose(declined.id(), declined.version(), List.of(new Candidate(buddy, 9.5, null))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Buddy " + buddy + " was declined for this newcomer before.");
        f.clock.setToday(CoreFixture.START);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aDeclineWithoutAReasonIsRefused(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        Trajectory proposed = duos.proposed("Hiba", duos.buddy("Hans", 1));

        assertThatThrownBy(() -> f.bean(ProposalService.class).decline(proposed.id(), proposed.version(), " "))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Say why the proposal is declined: the matcher learns from it.");
        assertThat(f.bean(TrajectoryService.class).find(proposed.id()).status()).isEqualTo(TrajectoryStatus.PROPOSED);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void proposingAndDecliningTellTheIndexAboutTheBuddyInTheSameTransaction(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        long buddy = duos.buddy("Ilse", 1);
        Trajectory waiting = duos.waiting("Imane", false);
        IndexOutbox outbox = f.bean(IndexOutbox.class);
        long before = lastId(outbox);
        ProposalService matches = f.bean(ProposalService.class);

        Trajectory proposed = matches.propose(waiting.id(), waiting.version(), List.of(new Candidate(buddy, 3, null)));
        matches.decline(proposed.id(), proposed.version(), "nieuwkomer verhuist");

        assertThat(outbox.after(before, 10)).extracting(OutboxEntry::volunteerId).containsExactly(buddy, buddy);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aBuddyIsProposedOnlyWhenAvailableWithCapacityAndThroughTheProgrammesGates(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        ProposalService matches = f.bean(ProposalService.class);
        long full = duos.buddy("Jan", 1);
        duos.active("Jamila", full);
        Trajectory waiting = duos.waiting("Jana", false);
        assertThatThrownBy(() -> matches.propose(waiting.id(), waiting.version(), List.of(new Candidate(full, 1, null))))
                .hasMessage("Buddy " + full + " already has 1 duo(s), his maximum.");

        long paused = duos.buddy("Joke", 2);
        BuddyProfile profile = f.bean(BuddyProfileService.class).find(paused).orElseThrow();
        f.bean(BuddyProfileService.class).changeStatus(paused, profile.version(), BuddyStatus.PAUSED);
        assertThatThrownBy(() -> matches.propose(waiting.id(), waiting.version(), List.of(new Candidate(paused, 1, null))))
                .hasMessage("Buddy " + paused + " is not available for a new duo.");

        long untrained = duos.buddy("Jens", 1);
        f.signInAdmin();
        ProgrammeSettingsService settings = f.bean(ProgrammeSettingsService.class);
        ProgrammeSettings current = settings.current();
        ProgrammeSettingsInput original = ProgrammeSettingsInput.of(current);
        ProgrammeSettings gated = settings.change(current.version(), new ProgrammeSettingsInput(40, 6, "P2W,P1M,P3M", 3,
                14, 30, 14, true, false, 36, false, false, 25, 24, original.weights()));
        try {
            f.signInCoordinator();
            assertThatThrownBy(() -> matches.propose(waiting.id(), waiting.version(),
                    List.of(new Candidate(untrained, 1, null))))
                    .hasMessage("Buddy " + untrained + " needs the basic training before a first match.");
        } finally {
            f.signInAdmin();
            settings.change(gated.version(), original);
        }
        assertThat(f.bean(TrajectoryService.class).find(waiting.id()).status()).isEqualTo(TrajectoryStatus.WAITING);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aTridemTakesTwoBuddies(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        long one = duos.buddy("Karel", 1);
        long two = duos.buddy("Katrien", 1);
        Trajectory waiting = duos.waiting("Khadija", false);

        Trajectory tridem = f.bean(ProposalService.class).propose(waiting.id(), waiting.version(),
                List.of(new Candidate(one, 5, null), new Candidate(two, 4, null)));

        assertThat(tridem.buddyIds()).containsExactlyInAnyOrder(one, two);
        assertThat(f.bean(ProposalService.class).proposalsFor(tridem.id())).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aBuddyNeitherReadsNorDecidesTheProposalsOfHisDuo(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        long mine = duos.buddy("Lies", 1);
        Trajectory proposed = duos.proposed("Lina", mine);
        ProposalService matches = f.bean(ProposalService.class);

        f.signInBuddy(mine);

        assertThatThrownBy(() -> matches.proposalsFor(proposed.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> matches.accept(proposed.id(), proposed.version())).isInstanceOf(AccessDeniedException.class);
    }

    private static int activeDuos(CoreFixture f, long buddy) {
        return f.db().inTransaction(em -> BuddyProfiles.activeDuos(em, buddy));
    }

    private static long lastId(IndexOutbox outbox) {
        return outbox.lastPosition();
    }
}
