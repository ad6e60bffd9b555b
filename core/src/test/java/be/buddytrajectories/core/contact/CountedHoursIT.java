package be.buddytrajectories.core.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.access.AccessDeniedException;
import be.buddytrajectories.core.activity.GroupActivity;
import be.buddytrajectories.core.activity.GroupActivityInput;
import be.buddytrajectories.core.activity.GroupActivityService;
import be.buddytrajectories.core.alerts.Alert;
import be.buddytrajectories.core.alerts.AlertKind;
import be.buddytrajectories.core.alerts.AlertService;
import be.buddytrajectories.core.privacy.PrivacyService;
import be.buddytrajectories.core.proof.ProofService;
import be.buddytrajectories.core.programme.ProgrammeSettings;
import be.buddytrajectories.core.programme.ProgrammeSettingsInput;
import be.buddytrajectories.core.programme.ProgrammeSettingsService;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Duos;
import be.buddytrajectories.core.trajectory.EndReason;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CountedHoursIT {

    private CoreFixture f;

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    private void counting(boolean groupActivities, boolean otherActivities) {
        f.signInAdmin();
        ProgrammeSettingsService service = f.bean(ProgrammeSettingsService.class);
        ProgrammeSettings current = service.current();
        ProgrammeSettingsInput s = ProgrammeSettingsInput.of(current);
        service.change(current.version(), new ProgrammeSettingsInput(s.hoursTarget(), s.plannedDurationMonths(),
                s.checkInSchedule(), s.checkInRepeatMonths(), s.noContactWarningDays(), s.noContactAlertDays(),
                s.plannedEndWarningDays(), s.trainingRequired(), s.screeningRequired(), s.screeningValidMonths(),
                groupActivities, otherActivities, s.maxDistanceKm(), s.retentionMonths(), s.weights()));
        f.signInCoordinator();
    }

    private void groupActivity(LocalDate on, int minutes, long attendee) {
        GroupActivityService activities = f.bean(GroupActivityService.class);
        GroupActivity activity = activities.plan(new GroupActivityInput("Wandeling", on, minutes));
        activities.recordAttendance(activity.id(), activity.version(), Set.of(attendee));
    }

    /**
     * A duo that started on day 10: a meeting of two hours on day 11, a group walk of one hour before the duo
     * (day 5) and one during it (day 12), a language café of one and a half hour confirmed for day 13; today is
     * day 20.
     */
    private Trajectory aDuoWithEveryKindOfHours() {
        long buddy = new Duos(f).buddy("Bea", 1);
        LocalDate day0 = f.clock.today();
        f.clock.advanceDays(10);
        Trajectory duo = new Duos(f).active("Amal", buddy);
        f.clock.advanceDays(10);
        f.bean(ContactService.class).log(new ContactInput(duo.id(), day0.plusDays(11), 120, ActivityType.WALK, true,
                false, null, null));
        groupActivity(day0.plusDays(5), 60, duo.newcomerId());
        groupActivity(day0.plusDays(12), 60, duo.newcomerId());
        f.bean(ContactService.class).recordOtherActivity(duo.id(),
                new OtherActivityInput(day0.plusDays(13), 90, "Taalcafé in de bib"));
        return duo;
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void meetingsAlwaysCountAndGroupAndOtherActivitiesDuringTheDuoCountWhenTheProgrammeSaysSo(
            TestDatabases.Kind kind) {
        f = new CoreFixture(kind);
        Trajectory duo = aDuoWithEveryKindOfHours();
        ContactService contacts = f.bean(ContactService.class);

        HoursSummary byDefault = contacts.hours(duo.id());
        assertThat(byDefault.counted()).isEqualTo(new HoursParts(120, 60, 90, false, false));
        assertThat(byDefault.countedMinutes()).isEqualTo(120);

        counting(true, false);
        assertThat(contacts.hours(duo.id()).countedMinutes()).isEqualTo(180);
        counting(true, true);
        HoursSummary all = contacts.hours(duo.id());
        assertThat(all.countedMinutes()).isEqualTo(270);
        assertThat(all.hours()).isEqualTo(4.5);
        assertThat(contacts.otherActivities(duo.id())).extracting(OtherActivity::description)
                .containsExactly("Taalcafé in de bib");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theProofListsEachCategoryAndSaysWhichDoesNotCount(TestDatabases.Kind kind) throws Exception {
        f = new CoreFixture(kind);
        Trajectory duo = aDuoWithEveryKindOfHours();
        counting(true, false);

        byte[] pdf = f.bean(ProofService.class).pdf(duo.id(), Locale.forLanguageTag("nl"));

        // The extractor puts line breaks and spaces where the table's cells meet: compare without white space.
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1).replaceAll("\\s", "");
        assertThat(text).contains("Urendiemeetellen3uur", "Ontmoetingenvanhetduo2uur(1ontmoetingen)",
                "Groepsactiviteiten1uur", "Andereparticipatie-activiteiten1,5uur(teltnietmeevolgenshetprogramma)");
        assertThat(f.bean(ProofService.class).data(duo.id()).hours()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void countedActivitiesCanReachTheTargetAndRaiseItsAlertOnlyWhenTheyCount(TestDatabases.Kind kind) {
        f = new CoreFixture(kind);
        Trajectory duo = aDuoWithEveryKindOfHours();
        ContactService contacts = f.bean(ContactService.class);
        for (int i = 0; i < 6; i++) {
            contacts.recordOtherActivity(duo.id(), new OtherActivityInput(f.clock.today().minusDays(i), 400,
                    "Vrijwilligerswerk"));
        }
        assertThat(f.bean(AlertService.class).all()).extracting(Alert::kind)
                .doesNotContain(AlertKind.HOURS_TARGET_REACHED);

        counting(false, true);

        assertThat(contacts.hours(duo.id()).targetReached()).isTrue();
        assertThat(f.bean(AlertService.class).all()).extracting(Alert::kind).contains(AlertKind.HOURS_TARGET_REACHED);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anActivityOutsideTheDuoOrWithoutADescriptionIsRefusedAndABuddyCannotConfirmOne(TestDatabases.Kind kind) {
        f = new CoreFixture(kind);
        Trajectory duo = aDuoWithEveryKindOfHours();
        ContactService contacts = f.bean(ContactService.class);
        LocalDate started = duo.startedOn().orElseThrow();

        assertThatThrownBy(() -> contacts.recordOtherActivity(duo.id(),
                new OtherActivityInput(started.minusDays(1), 60, "Taalcafé")))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> contacts.recordOtherActivity(duo.id(),
                new OtherActivityInput(f.clock.today().plusDays(1), 60, "Taalcafé")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(
                        e.message(Locale.forLanguageTag("nl"))).startsWith("Een activiteit telt voor een duo tot"));
        assertThatThrownBy(() -> contacts.recordOtherActivity(duo.id(), new OtherActivityInput(started, 60, " ")))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("Zeg wat de nieuwkomer deed");
        assertThat(contacts.otherActivities(duo.id())).hasSize(1);

        f.signInBuddy(duo.buddyIds().iterator().next());
        assertThatThrownBy(() -> contacts.recordOtherActivity(duo.id(), new OtherActivityInput(started, 60, "x")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aRemovedConfirmationStopsCountingAndErasingTheNewcomerRemovesHisActivities(TestDatabases.Kind kind) {
        f = new CoreFixture(kind);
        Trajectory duo = aDuoWithEveryKindOfHours();
        counting(true, true);
        ContactService contacts = f.bean(ContactService.class);
        OtherActivity activity = contacts.otherActivities(duo.id()).get(0);

        contacts.removeOtherActivity(activity.id(), activity.version());
        assertThat(contacts.hours(duo.id()).countedMinutes()).isEqualTo(180);

        contacts.recordOtherActivity(duo.id(), new OtherActivityInput(f.clock.today(), 30, "Taalcafé"));
        TrajectoryService trajectories = f.bean(TrajectoryService.class);
        Trajectory current = trajectories.find(duo.id());
        trajectories.close(current.id(), current.version(), EndReason.COMPLETED, null);
        f.signInAdmin();
        f.bean(PrivacyService.class).erase(duo.newcomerId(), false);
        assertThat(f.queryInt("select count(*) from buddy_other_activity")).isZero();
    }
}
