package be.buddytrajectories.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.activity.GroupActivityService;
import be.buddytrajectories.core.alerts.AlertService;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.caseload.CaseloadService;
import be.buddytrajectories.core.checkin.CheckInService;
import be.buddytrajectories.core.contact.ContactService;
import be.buddytrajectories.core.intake.NewcomerIntakeService;
import be.buddytrajectories.core.matchproposal.ProposalService;
import be.buddytrajectories.core.outcome.OutcomeService;
import be.buddytrajectories.core.privacy.PrivacyService;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.programme.ProgrammeOverview;
import be.buddytrajectories.core.programme.ProgrammeSettingsService;
import be.buddytrajectories.core.proof.ProofService;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Duos;
import be.buddytrajectories.core.testing.FixturePerKind;
import be.buddytrajectories.core.training.TrainingService;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BuddySeesOnlyHisOwnDuosIT extends FixturePerKind {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aBuddyCannotReadAnotherDuosDataThroughAnyService(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        long me = duos.buddy("Ilias", 1);
        long otherBuddy = duos.buddy("Olga", 1);
        Trajectory mine = duos.active("Mona", me);
        Trajectory other = duos.active("Omar", otherBuddy);
        long coordinator = other.coordinatorId().orElseThrow();

        f.signInBuddy(me);

        Map<String, ThrowingCallable> reads = new LinkedHashMap<>();
        reads.put("trajectory", () -> f.bean(TrajectoryService.class).find(other.id()));
        reads.put("trajectories of the newcomer", () -> f.bean(TrajectoryService.class).ofNewcomer(other.newcomerId()));
        reads.put("waiting list", () -> f.bean(TrajectoryService.class).waitingList());
        reads.put("contacts", () -> f.bean(ContactService.class).of(other.id()));
        reads.put("hours", () -> f.bean(ContactService.class).hours(other.id()));
        reads.put("check-ins", () -> f.bean(CheckInService.class).of(other.id()));
        reads.put("intake", () -> f.bean(NewcomerIntakeService.class).find(other.newcomerId()));
        reads.put("partner", () -> f.bean(NewcomerIntakeService.class).partnerOf(other.id()));
        reads.put("match profile", () -> f.bean(NewcomerIntakeService.class).matchProfile(other.newcomerId()));
        reads.put("proposals of the duo", () -> f.bean(ProposalService.class).proposalsFor(other.id()));
        reads.put("other buddy's profile", () -> f.bean(BuddyProfileService.class).find(otherBuddy));
        reads.put("proof data", () -> f.bean(ProofService.class).data(other.id()));
        reads.put("proof pdf", () -> f.bean(ProofService.class).pdf(other.id(), Locale.ENGLISH));
        reads.put("alerts", () -> f.bean(AlertService.class).ofCoordinator(coordinator));
        reads.put("caseload", () -> f.bean(CaseloadService.class).of(coordinator));
        reads.put("training of the other buddy", () -> f.bean(TrainingService.class).attendedBy(otherBuddy));
        reads.put("activities of the newcomer", () -> f.bean(GroupActivityService.class).attendedBy(other.newcomerId()));
        reads.put("outcome report", () -> f.bean(OutcomeService.class).report());
        reads.put("export", () -> f.bean(PrivacyService.class).export(other.newcomerId()));
        reads.put("audit trail", () -> f.bean(AuditTrail.class).about(other.newcomerId()));
        reads.put("programme settings", () -> f.bean(ProgrammeSettingsService.class).current());
        reads.put("programme overview", () -> f.bean(ProgrammeOverview.class).summary());

        reads.forEach((what, read) -> assertThatThrownBy(read).as(what).isInstanceOf(AccessDeniedException.class));
        assertThat(f.bean(TrajectoryService.class).find(mine.id()).id()).isEqualTo(mine.id());
        assertThat(f.bean(NewcomerIntakeService.class).partnerOf(mine.id()).firstName()).isEqualTo("Mona");
        assertThat(f.bean(ContactService.class).hours(mine.id()).countedMinutes()).isZero();
    }
}
