package be.buddytrajectories.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.checkin.CheckIn;
import be.buddytrajectories.core.checkin.CheckInInput;
import be.buddytrajectories.core.checkin.CheckInService;
import be.buddytrajectories.core.contact.ActivityType;
import be.buddytrajectories.core.contact.ContactInput;
import be.buddytrajectories.core.contact.ContactService;
import be.buddytrajectories.core.contact.ContactView;
import be.buddytrajectories.core.intake.NewcomerIntakeService;
import be.buddytrajectories.core.matchproposal.Candidate;
import be.buddytrajectories.core.matchproposal.ProposalService;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.proof.ProofOfParticipation;
import be.buddytrajectories.core.proof.ProofService;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Duos;
import be.buddytrajectories.core.testing.FixturePerKind;
import be.buddytrajectories.core.testing.Profiles;
import be.buddytrajectories.core.training.TrainingKind;
import be.buddytrajectories.core.training.TrainingService;
import be.buddytrajectories.core.training.TrainingSession;
import be.buddytrajectories.core.training.TrainingSessionInput;
import be.buddytrajectories.core.trajectory.EndReason;
import be.buddytrajectories.core.trajectory.FitCheck;
import be.buddytrajectories.core.trajectory.StartInput;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.core.trajectory.TrajectoryStatus;
import be.buddytrajectories.core.trajectory.WaitingEntry;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One duo, the way a coordinator and a buddy live it, from the intakes to the signed proof of participation. */
class DuoFromIntakeToClosureIT extends FixturePerKind {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aDuoWalksFromIntakeToClosureAndGetsAProofOfItsHoursAndPeriod(TestDatabases.Kind kind) throws Exception {
        CoreFixture f = fixture(kind);
        LocalDate day0 = LocalDate.of(2026, 1, 12);
        f.clock.setToday(day0);
        long coordinator = f.signInCoordinator();

        long newcomer = f.newcomer("Yasmina").id();
        long volunteer = f.volunteer("Wim").id();
        f.bean(BuddyProfileService.class).register(volunteer, Profiles.buddy(1));
        Trajectory waiting = f.bean(NewcomerIntakeService.class).register(newcomer, Duos.intake(true));
        TrainingSession basic = f.bean(TrainingService.class).plan(
                new TrainingSessionInput(TrainingKind.BASIC_TRAINING, "Basisvorming", day0, 120));
        f.bean(TrainingService.class).recordAttendance(basic.id(), basic.version(), Set.of(volunteer));

        WaitingEntry first = f.bean(TrajectoryService.class).waitingList().stream()
                .filter(w -> w.newcomerId() == newcomer).findFirst().orElseThrow();
        assertThat(first.pntObliged()).isTrue();

        f.clock.advanceDays(3);
        ProposalService matches = f.bean(ProposalService.class);
        Trajectory proposed = matches.propose(first.trajectoryId(), first.version(),
                List.of(new Candidate(volunteer, 14.2, "Spreekt Frans\nBeiden vrij op woensdagavond\n1,2 km verder")));
        Trajectory accepted = matches.accept(proposed.id(), proposed.version());
        f.clock.advanceDays(4);
        Trajectory active = f.bean(TrajectoryService.class).start(accepted.id(), accepted.version(),
                new StartInput(f.clock.today(), null, null, Duos.AGREEMENT));
        LocalDate start = f.clock.today();
        assertThat(active.plannedEnd()).contains(start.plusMonths(6));

        ContactService contacts = f.bean(ContactService.class);
        f.signInBuddy(volunteer);
        List<ActivityType> program = List.of(ActivityType.WALK, ActivityType.COFFEE_OR_MEAL, ActivityType.CULTURE,
                ActivityType.INSTITUTION_VISIT);
        for (int week = 0; week < 22; week++) {
            ContactView logged = contacts.log(new ContactInput(active.id(), start.plusWeeks(week), 120,
                    program.get(week % program.size()), true, week % 3 == 0, null, null));
            assertThat(logged.verified()).isFalse();
        }
        contacts.log(new ContactInput(active.id(), start.plusMonths(7), 120, ActivityType.SPORT, true, false, null, null));

        f.signInCoordinator(coordinator);
        f.clock.setToday(start.plusDays(15));
        Trajectory checked = f.bean(TrajectoryService.class).recordFitCheck(active.id(), active.version(), FitCheck.GOOD);
        CheckIn weekTwo = f.bean(CheckInService.class).of(active.id()).get(0);
        f.bean(CheckInService.class).markDone(weekTwo.id(), weekTwo.version(),
                new CheckInInput(f.clock.today(), 5, true, null, "klikt goed"));

        f.clock.setToday(start.plusMonths(6));
        Trajectory closed = f.bean(TrajectoryService.class).close(checked.id(), checked.version(), EndReason.COMPLETED,
                "40 uur gehaald, wil vrijwilligerswerk doen");
        assertThat(closed.status()).isEqualTo(TrajectoryStatus.CLOSED);

        ProofOfParticipation proof = f.bean(ProofService.class).data(closed.id());
        assertThat(proof.hours()).as("the contact a month after closure does not count").isEqualTo(44);
        assertThat(proof.targetReached()).isTrue();
        assertThat(proof.from()).isEqualTo(start);
        assertThat(proof.to()).isEqualTo(start.plusMonths(6));
        assertThat(proof.activityTypes()).containsExactlyInAnyOrderElementsOf(program);

        byte[] pdf = f.bean(ProofService.class).pdf(closed.id(), Locale.forLanguageTag("nl"));
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("Bewijs van deelname").contains("Yasmina Newcomer")
                .contains("44 uur (22 ontmoetingen)")
                .contains("19/01/2026 – 19/07/2026")
                .contains("Ilse Verstraete");
        String english = new PdfTextExtractor(new PdfReader(f.bean(ProofService.class).pdf(closed.id(), Locale.ENGLISH)))
                .getTextFromPage(1);
        assertThat(english).contains("Proof of participation").contains("44 hours");
    }
}
