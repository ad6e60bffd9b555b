package be.buddytrajectories.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.intake.NewcomerIntakeInput;
import be.buddytrajectories.core.intake.NewcomerIntakeService;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Duos;
import be.buddytrajectories.core.testing.FixturePerKind;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OutcomeServiceIT extends FixturePerKind {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void answersAreRecordedOnlyWithTheSeparateConsentAndOncePerMoment(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        f.signInCoordinator();
        long without = f.newcomer("Zonder").id();
        NewcomerIntakeInput noConsent = withoutOutcomeConsent(Duos.intake(false));
        f.bean(NewcomerIntakeService.class).register(without, noConsent);
        long with = new Duos(f).waiting("Met", false).newcomerId();
        OutcomeService outcomes = f.bean(OutcomeService.class);

        assertThatThrownBy(() -> outcomes.record(without, answers(MeasureMoment.INTAKE, 3)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("The newcomer did not consent to the outcome questions.");
        outcomes.record(with, answers(MeasureMoment.INTAKE, 3));
        assertThatThrownBy(() -> outcomes.record(with, answers(MeasureMoment.INTAKE, 4)))
                .hasMessage("The newcomer already answered the questions at this moment.");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theReportSuppressesMomentsWithFewerThanFiveRespondents(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        OutcomeService outcomes = f.bean(OutcomeService.class);
        for (int i = 0; i < 5; i++) {
            long newcomer = new Duos(f).waiting("Respondent" + i, false).newcomerId();
            outcomes.record(newcomer, answers(MeasureMoment.INTAKE, 2));
        }
        long closing = new Duos(f).waiting("Afsluiter", false).newcomerId();
        outcomes.record(closing, answers(MeasureMoment.CLOSURE, 5));

        var report = outcomes.report();

        OutcomeFigures intake = report.get(0);
        assertThat(intake.suppressed()).isFalse();
        assertThat(intake.respondents()).isGreaterThanOrEqualTo(5);
        assertThat(intake.wellbeing()).isPresent();
        OutcomeFigures closure = report.get(1);
        assertThat(closure.respondents()).isEqualTo(1);
        assertThat(closure.suppressed()).isTrue();
        assertThat(closure.wellbeing()).isEmpty();
    }

    static OutcomeInput answers(MeasureMoment moment, int score) {
        return new OutcomeInput(moment, CoreFixture.START, score, score, score, 4, score);
    }

    private static NewcomerIntakeInput withoutOutcomeConsent(NewcomerIntakeInput i) {
        return new NewcomerIntakeInput(i.contactLanguages(), i.dutchLevel(), i.interests(), i.interestsNote(),
                i.goals(), i.about(), i.profession(), i.availability(), i.location(), i.buddyGenderPreference(),
                i.familySituation(), i.pntObliged(), i.caseWorkerName(), i.caseWorkerAgency(), i.consent(), false);
    }
}
