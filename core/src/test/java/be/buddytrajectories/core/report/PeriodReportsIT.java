package be.buddytrajectories.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.access.AccessDeniedException;
import be.buddytrajectories.core.audit.AuditAction;
import be.buddytrajectories.core.audit.AuditEntry;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.contact.ActivityType;
import be.buddytrajectories.core.contact.ContactInput;
import be.buddytrajectories.core.contact.ContactService;
import be.buddytrajectories.core.matchproposal.Candidate;
import be.buddytrajectories.core.matchproposal.ProposalService;
import be.buddytrajectories.core.outcome.MeasureMoment;
import be.buddytrajectories.core.outcome.OutcomeInput;
import be.buddytrajectories.core.outcome.OutcomeService;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Duos;
import be.buddytrajectories.core.training.TrainingKind;
import be.buddytrajectories.core.training.TrainingService;
import be.buddytrajectories.core.training.TrainingSession;
import be.buddytrajectories.core.training.TrainingSessionInput;
import be.buddytrajectories.core.trajectory.EndReason;
import be.buddytrajectories.core.trajectory.StartInput;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.validation.ConstraintViolationException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PeriodReportsIT {

    /** The words of the exports as their keys and arguments, so that the tests read what was asked for. */
    private static final ReportText KEYS = (key, arguments) -> arguments.length == 0 ? key
            : key + Arrays.toString(arguments);

    private static final Locale NL = Locale.forLanguageTag("nl");

    private CoreFixture f;
    private final List<Long> buddies = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    private static Figure shown(double value) {
        return new Figure(value, false);
    }

    private static final Figure SUPPRESSED = new Figure(null, true);

    private Person newcomer(String name, String municipality) {
        return f.people.register(new NewPerson(PersonKind.NEWCOMER, name, "Newcomer", null, null, 1990, Gender.X,
                null, "9000", municipality, null, List.of("ar"), Set.of()));
    }

    private Trajectory waiting(Person newcomer, boolean obliged) {
        return new Duos(f).waiting(newcomer, obliged);
    }

    private Trajectory start(Trajectory waiting, long buddy) {
        ProposalService proposals = f.bean(ProposalService.class);
        Trajectory proposed = proposals.propose(waiting.id(), waiting.version(),
                List.of(new Candidate(buddy, 10, "Spreekt Arabisch")));
        Trajectory accepted = proposals.accept(proposed.id(), proposed.version());
        return f.bean(TrajectoryService.class).start(accepted.id(), accepted.version(),
                new StartInput(f.clock.today(), null, null, Duos.AGREEMENT));
    }

    private void met(Trajectory duo, LocalDate on, int minutes) {
        f.bean(ContactService.class).log(new ContactInput(duo.id(), on, minutes, ActivityType.WALK, true, false,
                null, null));
    }

    private void answered(Trajectory duo, MeasureMoment moment, int score) {
        f.bean(OutcomeService.class).record(duo.newcomerId(), new OutcomeInput(moment, f.clock.today(), score, score,
                score, 3, score));
    }

    /**
     * Day 0: five obliged newcomers and one who is not wait in Gent, one in Aalst, and one more in Gent who will
     * be taken off the list; three of them answer the outcome questions. Day 10: a training of two hours with one
     * buddy. Day 30: seven duos start; in their first week five meet 41 hours and one 2 hours. Day 40: the eighth
     * newcomer leaves the list. Day 120: the five end completed and answer; the sixth and the one in Aalst run on.
     */
    private List<Trajectory> aYearOfGent() {
        f.signInCoordinator();
        for (String name : List.of("Bea", "Cas", "Dirk")) {
            buddies.add(new Duos(f).buddy(name, 3));
        }
        List<Trajectory> waiting = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            waiting.add(waiting(newcomer("Amal" + i, "Gent"), i <= 5));
        }
        waiting.add(waiting(newcomer("Bilal", "Aalst"), false));
        Trajectory leaving = waiting(newcomer("Wout", "Gent"), false);
        for (Trajectory t : waiting.subList(0, 3)) {
            answered(t, MeasureMoment.INTAKE, 2);
        }
        f.clock.advanceDays(10);
        TrainingService trainings = f.bean(TrainingService.class);
        TrainingSession session = trainings.plan(new TrainingSessionInput(TrainingKind.BASIC_TRAINING,
                "Basisvorming", f.clock.today(), 120));
        trainings.recordAttendance(session.id(), session.version(), Set.of(buddies.get(0)));
        f.clock.advanceDays(20);
        List<Trajectory> duos = new ArrayList<>();
        for (int i = 0; i < waiting.size(); i++) {
            duos.add(start(waiting.get(i), buddies.get(i / 3)));
        }
        f.clock.advanceDays(10);
        f.bean(TrajectoryService.class).withdraw(leaving.id(), leaving.version(), EndReason.MOVED, null);
        LocalDate started = duos.get(0).startedOn().orElseThrow();
        for (Trajectory duo : duos.subList(0, 5)) {
            for (int day = 0; day < 6; day++) {
                met(duo, started.plusDays(day), 410);
            }
        }
        met(duos.get(5), started, 60);
        met(duos.get(5), started.plusDays(1), 60);
        f.clock.advanceDays(80);
        TrajectoryService trajectories = f.bean(TrajectoryService.class);
        for (Trajectory duo : duos.subList(0, 5)) {
            Trajectory now = trajectories.find(duo.id());
            trajectories.close(now.id(), now.version(), EndReason.COMPLETED, null);
            answered(duo, MeasureMoment.CLOSURE, 4);
        }
        f.clock.advanceDays(30);
        return duos;
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aPeriodCountsReachDuosHoursWaitingOutcomesAndTrainingAndHidesEveryGroupUnderFive(TestDatabases.Kind kind) {
        f = new CoreFixture(kind);
        aYearOfGent();
        LocalDate from = CoreFixture.START;

        PeriodReport report = f.bean(PeriodReports.class).report(new ReportPeriod(from, from.plusDays(179), null));

        assertThat(report.countedUntil()).isEqualTo(from.plusDays(150));
        assertThat(report.newcomersReached()).isEqualTo(shown(7));
        assertThat(report.reachedNotObliged()).as("2 not obliged: suppressed").isEqualTo(SUPPRESSED);
        assertThat(report.reachedObliged()).as("5 obliged, but 7 - 5 would give the 2 away").isEqualTo(SUPPRESSED);
        assertThat(report.duosStarted()).isEqualTo(shown(7));
        assertThat(report.duosRunning()).isEqualTo(shown(7));
        assertThat(report.runningAtEnd()).as("2 run on").isEqualTo(SUPPRESSED);
        assertThat(report.duosClosed()).isEqualTo(shown(5));
        assertThat(report.closedByReason().get(EndReason.COMPLETED)).isEqualTo(shown(5));
        assertThat(report.closedByReason().get(EndReason.MOVED)).isEqualTo(shown(0));
        assertThat(report.withdrawn()).as("Wout alone").isEqualTo(SUPPRESSED);
        assertThat(report.contactHours()).isEqualTo(shown(5 * 41 + 2));
        assertThat(report.medianHours()).isEqualTo(shown(41));
        assertThat(report.reachedTarget()).isEqualTo(shown(100));
        assertThat(report.medianWaitDays()).isEqualTo(shown(30));
        assertThat(report.outcomes()).containsExactly(
                new PeriodReport.Outcome(MeasureMoment.INTAKE, SUPPRESSED, SUPPRESSED, SUPPRESSED, SUPPRESSED,
                        SUPPRESSED, SUPPRESSED),
                new PeriodReport.Outcome(MeasureMoment.CLOSURE, shown(5), shown(4), shown(4), shown(4), shown(3),
                        shown(4)));
        assertThat(report.training()).isEqualTo(new PeriodReport.Training(shown(1), SUPPRESSED, SUPPRESSED, 0));
        assertThat(report.months()).extracting(PeriodReport.Month::month).containsExactly(YearMonth.of(2026, 3),
                YearMonth.of(2026, 4), YearMonth.of(2026, 5), YearMonth.of(2026, 6), YearMonth.of(2026, 7));
        assertThat(report.months().get(1)).isEqualTo(new PeriodReport.Month(YearMonth.of(2026, 4), shown(7),
                shown(5 * 41 + 2)));
        assertThat(report.months().get(0).duosStarted()).isEqualTo(shown(0));
        assertThat(report.months().get(0).contactHours()).isEqualTo(shown(0));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aMunicipalityCountsOnlyItsNewcomersAndAPeriodBeforeTheDuosFindsNoneOfThem(TestDatabases.Kind kind) {
        f = new CoreFixture(kind);
        aYearOfGent();
        PeriodReports reports = f.bean(PeriodReports.class);
        LocalDate from = CoreFixture.START;

        PeriodReport aalst = reports.report(new ReportPeriod(from, from.plusDays(179), " aalst "));
        assertThat(aalst.newcomersReached()).isEqualTo(SUPPRESSED);
        assertThat(aalst.duosClosed()).isEqualTo(shown(0));
        assertThat(aalst.medianHours()).isEqualTo(Figure.none());
        assertThat(aalst.outcomes()).allSatisfy(o -> assertThat(o.respondents()).isEqualTo(shown(0)));
        PeriodReport gent = reports.report(new ReportPeriod(from, from.plusDays(179), "Gent"));
        assertThat(gent.newcomersReached()).isEqualTo(shown(6));
        assertThat(gent.duosClosed()).isEqualTo(shown(5));
        assertThat(reports.municipalities()).containsExactly("Aalst", "Gent");

        PeriodReport before = reports.report(new ReportPeriod(from, from.plusDays(20), null));
        assertThat(before.newcomersReached()).isEqualTo(shown(0));
        assertThat(before.medianWaitDays()).isEqualTo(Figure.none());
        assertThat(before.training().sessions()).isEqualTo(shown(1));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theCsvAndPdfSayWhatTheScreenSaysAndEachExportIsAudited(TestDatabases.Kind kind) throws Exception {
        f = new CoreFixture(kind);
        aYearOfGent();
        PeriodReports reports = f.bean(PeriodReports.class);
        ReportPeriod period = new ReportPeriod(CoreFixture.START, CoreFixture.START.plusDays(179), null);

        String csv = new String(reports.csv(period, KEYS, Locale.forLanguageTag("nl")), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFbuddy.report.csv.section;buddy.report.csv.figure;buddy.report.csv.value\r\n");
        assertThat(csv).contains("buddy.report.section.reach;buddy.report.duosStarted;7\r\n",
                "buddy.report.section.reach;buddy.report.reachedObliged;buddy.report.suppressed[5]\r\n",
                "buddy.report.section.hours;buddy.report.contactHours;\"207,0\"\r\n",
                "buddy.report.section.closed;buddy.enum.EndReason.COMPLETED;5\r\n",
                "buddy.report.section.monthStarted;2026-04;7\r\n");
        assertThat(csv).as("reasons nobody ended for are left out").doesNotContain("EndReason.MOVED");

        byte[] pdf = reports.pdf(period, KEYS, Locale.ENGLISH);
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("buddy.report.title", "buddy.report.duosStarted 7",
                "buddy.report.contactHours 207.0", "buddy.enum.EndReason.COMPLETED 5");

        f.signInAdmin();
        List<AuditEntry> audit = f.bean(AuditTrail.class).recent(10);
        assertThat(audit).filteredOn(e -> e.action() == AuditAction.EXPORT_REPORT).extracting(e -> e.detail().orElse(""))
                .containsExactlyInAnyOrder("csv 2026-03-02 – 2026-08-28", "pdf 2026-03-02 – 2026-08-28");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aWrongPeriodIsRefusedWithItsReasonAndABuddySeesNoReport(TestDatabases.Kind kind) {
        f = new CoreFixture(kind);
        f.signInCoordinator();
        PeriodReports reports = f.bean(PeriodReports.class);
        LocalDate day = CoreFixture.START;

        assertThatThrownBy(() -> reports.report(new ReportPeriod(day, day.minusDays(1), null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.message(NL))
                        .isEqualTo("Het einde van de periode ligt voor het begin."));
        assertThatThrownBy(() -> reports.report(new ReportPeriod(day, day.plusYears(5), null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.message(NL))
                        .isEqualTo("Een rapport beslaat hoogstens 60 maanden; kies een kortere periode."));
        assertThatThrownBy(() -> reports.report(new ReportPeriod(null, day, null)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("eerste dag");
        assertThatThrownBy(() -> reports.report(new ReportPeriod(day, day, "Gent\nAalst")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(reports.report(new ReportPeriod(day, day.plusYears(5).minusDays(1), null)).duosStarted())
                .isEqualTo(shown(0));

        f.signInBuddy(7L);
        assertThatThrownBy(() -> reports.report(new ReportPeriod(day, day, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.csv(new ReportPeriod(day, day, null), KEYS, Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
    }
}
