package be.buddytrajectories.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.access.AccessDeniedException;
import be.buddytrajectories.core.alerts.AlertKind;
import be.buddytrajectories.core.alerts.AlertService;
import be.buddytrajectories.core.alerts.BuddyAlert;
import be.buddytrajectories.core.matchproposal.Candidate;
import be.buddytrajectories.core.matchproposal.ProposalService;
import be.buddytrajectories.core.outbox.IndexOutbox;
import be.buddytrajectories.core.outbox.OutboxEntry;
import be.buddytrajectories.core.programme.ProgrammeSettings;
import be.buddytrajectories.core.programme.ProgrammeSettingsInput;
import be.buddytrajectories.core.programme.ProgrammeSettingsService;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Duos;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.core.trajectory.TrajectoryStatus;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.search.profile.BuddyStatus;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Screening with kind and expiry (issue 20): history, validity on a day, the proposal gate and the alerts. */
class ScreeningIT {

    private CoreFixture f;

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    private Screening record(long buddy, ScreeningKind kind, LocalDate issuedOn) {
        return f.bean(BuddyProfileService.class).recordScreening(buddy, new ScreeningInput(kind, issuedOn, null));
    }

    private void settings(boolean screeningRequired, int validMonths) {
        f.signInAdmin();
        ProgrammeSettingsService service = f.bean(ProgrammeSettingsService.class);
        ProgrammeSettings current = service.current();
        ProgrammeSettingsInput s = ProgrammeSettingsInput.of(current);
        service.change(current.version(), new ProgrammeSettingsInput(s.hoursTarget(), s.plannedDurationMonths(),
                s.checkInSchedule(), s.checkInRepeatMonths(), s.noContactWarningDays(), s.noContactAlertDays(),
                s.plannedEndWarningDays(), s.trainingRequired(), screeningRequired, validMonths,
                s.groupActivitiesCount(), s.otherActivitiesCount(), s.maxDistanceKm(),
                s.retentionMonths(), s.weights()));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aRecordedScreeningIsValidForTheProgrammesMonthsAuditedAndListedNewestFirst(TestDatabases.Kind kind) {
        f = new CoreFixture(kind);
        settings(false, 24);
        Duos duos = new Duos(f);
        long buddy = duos.buddy("Amber", 1);
        long coordinator = f.signInCoordinator();
        long before = BuddyProfileServiceIT.outboxPosition(f);
        LocalDate today = f.clock.today();

        record(buddy, ScreeningKind.INTERVIEW, today.minusDays(20));
        Screening extract = record(buddy, ScreeningKind.CRIMINAL_RECORD_MODEL_2, today.minusDays(10));
        record(buddy, ScreeningKind.REFERENCE, today.minusDays(30));

        assertThat(extract.validUntil()).isEqualTo(today.minusDays(10).plusMonths(24));
        assertThat(extract.recordedBy()).contains(coordinator);
        assertThat(f.bean(BuddyProfileService.class).screenings(buddy)).extracting(Screening::kind).containsExactly(
                ScreeningKind.CRIMINAL_RECORD_MODEL_2, ScreeningKind.INTERVIEW, ScreeningKind.REFERENCE);
        BuddyProfile profile = f.bean(BuddyProfileService.class).find(buddy).orElseThrow();
        assertThat(profile.screenedUntil()).contains(extract.validUntil());
        assertThat(profile.screenedOn(extract.validUntil())).isTrue();
        assertThat(profile.screenedOn(extract.validUntil().plusDays(1))).isFalse();
        assertThat(f.queryInt("select count(*) from buddy_audit_entry where action = 'RECORD_SCREENING'"
                + " and subject_person_id = " + buddy)).isEqualTo(3);
        assertThat(f.bean(IndexOutbox.class).after(before, 10)).extracting(OutboxEntry::volunteerId).contains(buddy);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theGateChecksTheScreeningOnTheDayOfTheProposal(TestDatabases.Kind kind) {
        f = new CoreFixture(kind);
        settings(true, 36);
        Duos duos = new Duos(f);
        long interviewed = duos.buddy("Bart", 1);
        long extracted = duos.buddy("Bea", 2);
        f.signInCoordinator();
        LocalDate today = f.clock.today();
        record(interviewed, ScreeningKind.INTERVIEW, today);
        // Valid for five more days.
        record(extracted, ScreeningKind.CRIMINAL_RECORD_MODEL_1, today.minusMonths(36).plusDays(5));
        Trajectory first = duos.waiting("Bilal", false);
        Trajectory second = duos.waiting("Basma", false);
        ProposalService proposals = f.bean(ProposalService.class);

        f.signInCoordinator();
        assertThatThrownBy(() -> proposals.propose(first.id(), first.version(),
                List.of(new Candidate(interviewed, 1, null))))
                .hasMessage("Buddy " + interviewed + " needs a screening before a match.");
        Trajectory proposed = proposals.propose(first.id(), first.version(), List.of(new Candidate(extracted, 1, null)));
        assertThat(proposed.status()).isEqualTo(TrajectoryStatus.PROPOSED);

        f.clock.advanceDays(6);
        assertThatThrownBy(() -> proposals.propose(second.id(), second.version(),
                List.of(new Candidate(extracted, 1, null))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Buddy " + extracted + " has no screening that is valid today.");
        assertThat(f.bean(TrajectoryService.class).find(second.id()).status())
                .isEqualTo(TrajectoryStatus.WAITING);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void screeningsExpiringWithinThirtyDaysOrExpiredWhileCountedOnAreAlerts(TestDatabases.Kind kind) {
        f = new CoreFixture(kind);
        settings(false, 36);
        Duos duos = new Duos(f);
        long soon = duos.buddy("Cas", 1);
        long later = duos.buddy("Cato", 1);
        long expired = duos.buddy("Cem", 1);
        long pausedExpired = duos.buddy("Cor", 1);
        long inDuoExpired = duos.buddy("Cleo", 1);
        f.signInCoordinator();
        LocalDate old = f.clock.today().minusMonths(36);
        record(soon, ScreeningKind.CRIMINAL_RECORD_MODEL_1, old.plusDays(30));
        record(later, ScreeningKind.CRIMINAL_RECORD_MODEL_1, old.plusDays(31));
        record(expired, ScreeningKind.CRIMINAL_RECORD_MODEL_2, old.minusDays(1));
        record(pausedExpired, ScreeningKind.CRIMINAL_RECORD_MODEL_1, old.minusDays(2));
        record(inDuoExpired, ScreeningKind.UNSPECIFIED, old.minusDays(60));
        BuddyProfileService profiles = f.bean(BuddyProfileService.class);
        profiles.changeStatus(pausedExpired, profiles.find(pausedExpired).orElseThrow().version(), BuddyStatus.PAUSED);
        duos.active("Chaima", inDuoExpired);
        profiles.changeStatus(inDuoExpired, profiles.find(inDuoExpired).orElseThrow().version(), BuddyStatus.PAUSED);

        f.signInCoordinator();
        List<BuddyAlert> alerts = f.bean(AlertService.class).screenings();

        assertThat(alerts).containsExactly(
                new BuddyAlert(inDuoExpired, AlertKind.SCREENING_EXPIRED, old.minusDays(60).plusMonths(36)),
                new BuddyAlert(expired, AlertKind.SCREENING_EXPIRED, old.minusDays(1).plusMonths(36)),
                new BuddyAlert(soon, AlertKind.SCREENING_EXPIRING, old.plusDays(30).plusMonths(36)));
        f.signInBuddy(soon);
        assertThatThrownBy(() -> f.bean(AlertService.class).screenings()).isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void onlyCoordinatorsAndAdminsRecordAndInvalidInputChangesNothing(TestDatabases.Kind kind) {
        f = new CoreFixture(kind);
        Duos duos = new Duos(f);
        long buddy = duos.buddy("Dirk", 1);
        LocalDate today = f.clock.today();
        BuddyProfileService profiles = f.bean(BuddyProfileService.class);

        f.signInBuddy(buddy);
        assertThatThrownBy(() -> record(buddy, ScreeningKind.CRIMINAL_RECORD_MODEL_1, today))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(profiles.screenings(buddy)).isEmpty();

        f.signInCoordinator();
        f.user.speaking(Locale.ENGLISH);
        assertThatThrownBy(() -> record(buddy, ScreeningKind.CRIMINAL_RECORD_MODEL_1, today.plusDays(1)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("A screening cannot be issued in the future (" + today.plusDays(1) + ").");
        assertThatThrownBy(() -> record(buddy, null, today)).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Choose what kind of screening it was.");
        assertThatThrownBy(() -> profiles.recordScreening(buddy, new ScreeningInput(ScreeningKind.REFERENCE, today,
                "x".repeat(Screening.Limits.NOTE_LENGTH + 1)))).isInstanceOf(ConstraintViolationException.class);
        f.user.speaking(Locale.forLanguageTag("nl"));
        assertThatThrownBy(() -> record(buddy, null, today)).hasMessageContaining("Kies wat voor screening het was.");

        assertThat(f.countRows("buddy_screening", "volunteer_id", buddy)).isZero();
        assertThat(profiles.find(buddy).orElseThrow().screenedUntil()).isEmpty();
        assertThat(f.queryInt("select count(*) from buddy_audit_entry where action = 'RECORD_SCREENING'")).isZero();
    }
}
