package be.buddytrajectories.ui.testing;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.activity.GroupActivityService;
import be.buddytrajectories.core.alerts.AlertService;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.calendar.CalendarFeedService;
import be.buddytrajectories.core.caseload.CaseloadService;
import be.buddytrajectories.core.checkin.CheckInService;
import be.buddytrajectories.core.contact.ContactService;
import be.buddytrajectories.core.crm.CrmAdmin;
import be.buddytrajectories.core.crm.CrmOutbox;
import be.buddytrajectories.core.crm.CrmWriter;
import be.buddytrajectories.core.intake.FamilySituation;
import be.buddytrajectories.core.intake.NewcomerIntakeInput;
import be.buddytrajectories.core.intake.NewcomerIntakeService;
import be.buddytrajectories.core.mail.MailAdmin;
import be.buddytrajectories.core.mail.MailAnswers;
import be.buddytrajectories.core.mail.MailIntroductions;
import be.buddytrajectories.core.mail.MailOutbox;
import be.buddytrajectories.core.mail.MailPreferences;
import be.buddytrajectories.core.mail.MailRounds;
import be.buddytrajectories.core.mail.MailSender;
import be.buddytrajectories.core.mail.SignedLinks;
import be.buddytrajectories.core.matching.ProfileIndexer;
import be.buddytrajectories.core.matching.RecruitmentGaps;
import be.buddytrajectories.core.matching.SuggestionService;
import be.buddytrajectories.core.matchproposal.Candidate;
import be.buddytrajectories.core.matchproposal.ProposalService;
import be.buddytrajectories.core.newcomerlink.NewcomerLinkService;
import be.buddytrajectories.core.newcomerlink.NewcomerPageService;
import be.buddytrajectories.core.fairness.WaitingListFairness;
import be.buddytrajectories.core.handover.HandoverService;
import be.buddytrajectories.core.outbox.IndexOutbox;
import be.buddytrajectories.core.programme.ProgrammeSettings;
import be.buddytrajectories.core.programme.ProgrammeSettingsInput;
import be.buddytrajectories.core.report.PeriodReports;
import be.buddytrajectories.core.schedule.ScheduledJobs;
import be.buddytrajectories.core.signup.ReferralIntakes;
import be.buddytrajectories.core.signup.ReferralService;
import be.buddytrajectories.core.signup.VolunteerSignupService;
import be.buddytrajectories.core.outcome.OutcomeService;
import be.buddytrajectories.core.people.PeopleFeed;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.person.Consent;
import be.buddytrajectories.core.person.DayPart;
import be.buddytrajectories.core.person.HomeLocation;
import be.buddytrajectories.core.person.LanguageLevel;
import be.buddytrajectories.core.person.LanguageSkill;
import be.buddytrajectories.core.person.WeeklySlot;
import be.buddytrajectories.core.privacy.PrivacyService;
import be.buddytrajectories.core.profile.BuddyProfileInput;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.programme.ProgrammeOverview;
import be.buddytrajectories.core.programme.ProgrammeSettingsService;
import be.buddytrajectories.core.proof.ProofCheckService;
import be.buddytrajectories.core.proof.ProofService;
import be.buddytrajectories.core.pulse.ParticipantAnswerService;
import be.buddytrajectories.core.testing.MigratedDatabases;
import be.buddytrajectories.core.token.RequestRateLimit;
import be.buddytrajectories.core.training.TrainingService;
import be.buddytrajectories.core.trajectory.Agreement;
import be.buddytrajectories.core.trajectory.StartInput;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryAccess;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.core.validation.InputValidator;
import be.buddytrajectories.hostapi.CrmWriteBack;
import be.buddytrajectories.hostapi.CurrentUser;
import be.buddytrajectories.hostapi.DataDirectory;
import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.GeoPoint;
import be.buddytrajectories.hostapi.HostDatabase;
import be.buddytrajectories.hostapi.HostInfo;
import be.buddytrajectories.hostapi.Mail;
import be.buddytrajectories.hostapi.MailNotSent;
import be.buddytrajectories.hostapi.Mailer;
import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.testing.FakeCurrentUser;
import be.buddytrajectories.hostapi.testing.InMemoryPeopleDirectory;
import be.buddytrajectories.hostapi.testing.KaribuWeld;
import be.buddytrajectories.hostapi.testing.RecordingCrm;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.hostapi.testing.TestHostDatabase;
import be.buddytrajectories.search.profile.DutchLevel;
import be.buddytrajectories.search.profile.Goal;
import be.buddytrajectories.ui.admin.AuditLogView;
import be.buddytrajectories.ui.admin.IndexStatusView;
import be.buddytrajectories.ui.admin.PrivacyView;
import be.buddytrajectories.ui.admin.SettingsView;
import be.buddytrajectories.ui.calendar.CalendarSection;
import be.buddytrajectories.ui.check.ProofCheckView;
import be.buddytrajectories.ui.crm.CrmAdminView;
import be.buddytrajectories.ui.crm.CrmTranslations;
import be.buddytrajectories.ui.dashboard.DashboardView;
import be.buddytrajectories.ui.duo.DuoView;
import be.buddytrajectories.ui.handover.HandoverView;
import be.buddytrajectories.ui.mail.MailAdminView;
import be.buddytrajectories.ui.mail.MailAnswerView;
import be.buddytrajectories.ui.mail.MailPreferencesView;
import be.buddytrajectories.ui.mail.MailTranslations;
import be.buddytrajectories.ui.matching.MatchRoundView;
import be.buddytrajectories.ui.matching.SuggestionsView;
import be.buddytrajectories.ui.newcomer.NewcomerPageView;
import be.buddytrajectories.ui.newcomer.NewcomerSection;
import be.buddytrajectories.ui.newcomer.NewcomerTranslations;
import be.buddytrajectories.ui.newcomers.IntakeView;
import be.buddytrajectories.ui.newcomers.NewcomerView;
import be.buddytrajectories.ui.newcomers.NewcomersView;
import be.buddytrajectories.ui.selfservice.MyDuosView;
import be.buddytrajectories.ui.reports.ReportsView;
import be.buddytrajectories.ui.signup.JoinView;
import be.buddytrajectories.ui.signup.ReferView;
import be.buddytrajectories.ui.signup.SignupsView;
import be.buddytrajectories.ui.shell.AccessDeniedView;
import be.buddytrajectories.ui.shell.ActivityTranslations;
import be.buddytrajectories.ui.shell.BuddyTranslations;
import be.buddytrajectories.ui.shell.RefusedView;
import be.buddytrajectories.ui.training.TrainingsView;
import be.buddytrajectories.ui.volunteers.VolunteerProfileView;
import be.buddytrajectories.ui.volunteers.VolunteersView;
import com.vaadin.flow.component.Component;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plugin's views over the real core services on a fresh H2 database (or a given one), rendered by Karibu with
 * Weld. Data for a test is made through the services, signed in as a coordinator; the test then signs in whom it
 * needs.
 */
public final class ViewFixture implements AutoCloseable {

    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    public static final HomeLocation GENT = new HomeLocation("9000", "Gent", 51.0543, 3.7174);
    public static final Agreement AGREEMENT = new Agreement("Nederlands oefenen en Gent leren kennen",
            "elke week, woensdagavond", "samen wandelen", "geen administratie", "trajectbegeleider",
            "Ilse Verstraete");
    private static final long COORDINATOR_ID = 900_001L;
    /** The host as links in the views show it. */
    public static final HostInfo HOST = new HostInfo("Test host", "test", "1.1.0", URI.create("https://buddy.example.org/"));

    public final FakeCurrentUser user = new FakeCurrentUser();
    /** The host's people: in memory, or {@code null} on a fixture over another directory. */
    public final InMemoryPeopleDirectory people;
    public final MutableClock clock = new MutableClock(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC));
    /** What the plugin handed to the host's mailer. */
    public final List<Mail> mails = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** What the plugin wrote back to the host's CRM; it writes nothing back until a test switches it on. */
    public final RecordingCrm crm = new RecordingCrm();
    /** When set, the host's mailer refuses every mail with it. */
    public volatile MailNotSent mailRefusal;
    private final PeopleDirectory directory;
    private final TestDatabases.TestDatabase database;
    private final Path dataDirectory;
    private final KaribuWeld karibu;

    private ViewFixture(Set<Class<? extends Component>> routes, Set<Class<?>> extraBeans, PeopleDirectory directory,
                        TestDatabases.TestDatabase database) {
        this.database = database;
        this.directory = directory;
        this.people = directory instanceof InMemoryPeopleDirectory inMemory ? inMemory : null;
        try {
            dataDirectory = Files.createTempDirectory("buddy-ui-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DataDirectory directories = pluginId -> {
            try {
                return Files.createDirectories(dataDirectory.resolve(pluginId));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        Set<Class<?>> beans = new HashSet<>(List.of(BuddyDatabase.class, AccessGuard.class, InputValidator.class,
                AuditTrail.class, IndexOutbox.class, ProgrammeOverview.class, ProgrammeSettingsService.class,
                BuddyProfileService.class, TrajectoryAccess.class, NewcomerIntakeService.class,
                TrajectoryService.class, ProposalService.class, CheckInService.class, ContactService.class,
                ProfileIndexer.class, SuggestionService.class, AlertService.class, CaseloadService.class,
                TrainingService.class, GroupActivityService.class, ProofService.class, PrivacyService.class,
                OutcomeService.class, PeopleFeed.class, SignedLinks.class, MailOutbox.class, MailIntroductions.class,
                MailAdmin.class, MailPreferences.class, MailAnswers.class, MailRounds.class, MailSender.class,
                MailTranslations.class,
                BuddyTranslations.class, ActivityTranslations.class, buddyDocuments(),
                NewcomerLinkService.class, NewcomerPageService.class, ParticipantAnswerService.class,
                CalendarFeedService.class, RequestRateLimit.class, NewcomerSection.class, CalendarSection.class,
                NewcomerTranslations.class, CrmOutbox.class, CrmWriter.class, CrmAdmin.class,
                CrmTranslations.class, ScheduledJobs.class, WaitingListFairness.class,
                PeriodReports.class, RecruitmentGaps.class, VolunteerSignupService.class, ReferralService.class,
                ProofCheckService.class, HandoverService.class, ReferralIntakes.class));
        beans.addAll(extraBeans);
        karibu = KaribuWeld.start(beans, routes, Set.of(AccessDeniedView.class, RefusedView.class),
                Map.of(CurrentUser.class, user, PeopleDirectory.class, directory,
                        HostDatabase.class, new TestHostDatabase(database), Clock.class, clock,
                        DataDirectory.class, directories, Mailer.class, (Mailer) this::send,
                        CrmWriteBack.class, crm, HostInfo.class, HOST));
    }

    /** Every route of the plugin, so that links between views resolve. */
    private static final Set<Class<? extends Component>> ROUTES = Set.of(DashboardView.class, NewcomersView.class,
            NewcomerView.class, IntakeView.class, SuggestionsView.class, MatchRoundView.class, DuoView.class,
            MyDuosView.class, VolunteersView.class, VolunteerProfileView.class, SettingsView.class,
            IndexStatusView.class, AuditLogView.class, PrivacyView.class, TrainingsView.class, MailAdminView.class,
            MailPreferencesView.class, MailAnswerView.class, NewcomerPageView.class, CrmAdminView.class,
            ReportsView.class, JoinView.class, ReferView.class, SignupsView.class, ProofCheckView.class,
            HandoverView.class);

    /** Starts Weld and Karibu with every route of the plugin (and the access-denied view), and these beans. */
    public static ViewFixture start(Class<?>... extraBeans) {
        return new ViewFixture(ROUTES, Set.of(extraBeans), new InMemoryPeopleDirectory(),
                MigratedDatabases.create(TestDatabases.Kind.H2));
    }

    /**
     * Every route of the plugin over this people directory, with the plugin's tables in this database (closed with
     * the fixture), as a host with another CRM runs it.
     */
    public static ViewFixture over(PeopleDirectory directory, TestDatabases.TestDatabase database) {
        return new ViewFixture(ROUTES, Set.of(), directory, database);
    }

    /** Core builds index documents in a package-private bean; the fixture names it as core's own tests do. */
    private static Class<?> buddyDocuments() {
        try {
            return Class.forName("be.buddytrajectories.core.matching.BuddyDocuments");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private void send(Mail mail) {
        MailNotSent refusal = mailRefusal;
        if (refusal != null) {
            throw refusal;
        }
        mails.add(mail);
    }

    public <T> T bean(Class<T> type) {
        return karibu.bean(type);
    }

    public void signInCoordinator() {
        user.signIn("coordinator", COORDINATOR_ID, Permission.COORDINATOR.key());
    }

    /** An admin lets other participation activities count toward the duos' hours; a coordinator is signed in after. */
    public void countOtherActivities() {
        signInAdmin();
        ProgrammeSettingsService settings = bean(ProgrammeSettingsService.class);
        ProgrammeSettings current = settings.current();
        ProgrammeSettingsInput s = ProgrammeSettingsInput.of(current);
        settings.change(current.version(), new ProgrammeSettingsInput(s.hoursTarget(), s.plannedDurationMonths(),
                s.checkInSchedule(), s.checkInRepeatMonths(), s.noContactWarningDays(), s.noContactAlertDays(),
                s.plannedEndWarningDays(), s.trainingRequired(), s.screeningRequired(), s.screeningValidMonths(),
                s.groupActivitiesCount(), true, s.maxDistanceKm(), s.retentionMonths(), s.weights()));
        signInCoordinator();
    }

    public void signInAdmin() {
        user.signIn("admin", COORDINATOR_ID + 1, Permission.ADMIN.key(), Permission.COORDINATOR.key());
    }

    public void signInBuddy(long volunteerId) {
        user.signIn("buddy", volunteerId, Permission.BUDDY.key());
    }

    /** A host volunteer in Gent who is a buddy speaking Dutch and French, free on Wednesday evening. */
    public long buddy(String firstName) {
        return buddyWithAddress(firstName, null);
    }

    /** The same buddy, with this e-mail address. */
    public long buddyWithAddress(String firstName, String email) {
        signInCoordinator();
        Person person = directory.register(new NewPerson(PersonKind.VOLUNTEER, firstName, "Claes", email, null, 1980,
                Gender.F, null, "9000", "Gent", new GeoPoint(51.05, 3.72), List.of("nl", "fr"), Set.of("voetbal")));
        bean(BuddyProfileService.class).register(person.id(), profile());
        return person.id();
    }

    public static BuddyProfileInput profile() {
        return new BuddyProfileInput(Set.of(new LanguageSkill("nl", LanguageLevel.NATIVE),
                new LanguageSkill("fr", LanguageLevel.FLUENT), new LanguageSkill("ar", LanguageLevel.CONVERSATIONAL)),
                Set.of("voetbal", "koken"), null, "Ik woon al dertig jaar in Gent en speel graag voetbal.", "boekhouder",
                "Twintig jaar in een bank.", Set.of(WeeklySlot.of(DayOfWeek.WEDNESDAY, DayPart.EVENING)), GENT, 10, 1,
                null, null, null, true, false, new Consent("2026-01", TODAY));
    }

    /** A host newcomer with an intake, on the waiting list. */
    public Trajectory waiting(String firstName, boolean pntObliged) {
        signInCoordinator();
        Person person = directory.register(new NewPerson(PersonKind.NEWCOMER, firstName, "Haddad", null, null, 1990,
                Gender.F, null, "9000", "Gent", new GeoPoint(51.054, 3.717), List.of("ar", "fr"), Set.of()));
        return bean(NewcomerIntakeService.class).register(person.id(), intake(pntObliged));
    }

    public static NewcomerIntakeInput intake(boolean pntObliged) {
        return new NewcomerIntakeInput(Set.of("ar", "fr"), DutchLevel.A1, Set.of("football"), null,
                Set.of(Goal.PRACTISE_DUTCH), "Ik ben sinds vorig jaar in Gent.", null,
                Set.of(WeeklySlot.of(DayOfWeek.WEDNESDAY, DayPart.EVENING)), GENT, null, FamilySituation.SINGLE,
                pntObliged, null, null, new Consent("2026-01", TODAY), false);
    }

    public Trajectory proposed(String newcomer, long buddy) {
        Trajectory waiting = waiting(newcomer, false);
        return bean(ProposalService.class).propose(waiting.id(), waiting.version(),
                List.of(new Candidate(buddy, 80, "Spreekt Frans\nBeiden houden van voetbal")));
    }

    /** A duo that started today. */
    public Trajectory active(String newcomer, long buddy) {
        Trajectory proposed = proposed(newcomer, buddy);
        Trajectory accepted = bean(ProposalService.class).accept(proposed.id(), proposed.version());
        return bean(TrajectoryService.class).start(accepted.id(), accepted.version(),
                new StartInput(TODAY, null, null, AGREEMENT));
    }

    /** Waits until the indexer applied every change, so that matching and search see them. */
    public void awaitIndexed() {
        signInCoordinator();
        ProfileIndexer index = bean(ProfileIndexer.class);
        long deadline = System.currentTimeMillis() + 10_000;
        while (index.status().pendingChanges() > 0 || index.status().rebuilding()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the index did not catch up: " + index.status());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public void close() throws Exception {
        try {
            karibu.close();
        } finally {
            database.close();
        }
    }
}
