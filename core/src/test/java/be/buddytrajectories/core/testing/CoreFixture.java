package be.buddytrajectories.core.testing;

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
import be.buddytrajectories.core.demo.DemoProgramme;
import be.buddytrajectories.core.intake.NewcomerIntakeService;
import be.buddytrajectories.core.mail.MailAdmin;
import be.buddytrajectories.core.mail.MailAnswers;
import be.buddytrajectories.core.mail.MailIntroductions;
import be.buddytrajectories.core.mail.MailOutbox;
import be.buddytrajectories.core.mail.MailPreferences;
import be.buddytrajectories.core.mail.MailRounds;
import be.buddytrajectories.core.mail.MailSender;
import be.buddytrajectories.core.mail.SignedLinks;
import be.buddytrajectories.core.matchproposal.ProposalService;
import be.buddytrajectories.core.newcomerlink.NewcomerLinkService;
import be.buddytrajectories.core.newcomerlink.NewcomerPageService;
import be.buddytrajectories.core.fairness.WaitingListFairness;
import be.buddytrajectories.core.handover.HandoverService;
import be.buddytrajectories.core.outbox.IndexOutbox;
import be.buddytrajectories.core.outcome.OutcomeService;
import be.buddytrajectories.core.people.PeopleFeed;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.privacy.PrivacyService;
import be.buddytrajectories.core.privacy.RetentionJob;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.programme.ProgrammeOverview;
import be.buddytrajectories.core.programme.ProgrammeSettingsService;
import be.buddytrajectories.core.proof.ProofCheckService;
import be.buddytrajectories.core.proof.ProofService;
import be.buddytrajectories.core.pulse.ParticipantAnswerService;
import be.buddytrajectories.core.report.PeriodReports;
import be.buddytrajectories.core.signup.ReferralIntakes;
import be.buddytrajectories.core.signup.ReferralService;
import be.buddytrajectories.core.signup.VolunteerSignupService;
import be.buddytrajectories.core.spreadsheet.SpreadsheetExport;
import be.buddytrajectories.core.spreadsheet.SpreadsheetImport;
import be.buddytrajectories.core.token.RequestRateLimit;
import be.buddytrajectories.core.training.TrainingService;
import be.buddytrajectories.core.trajectory.TrajectoryAccess;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.core.validation.InputValidator;
import be.buddytrajectories.hostapi.CrmWriteBack;
import be.buddytrajectories.hostapi.CurrentUser;
import be.buddytrajectories.hostapi.HostDatabase;
import be.buddytrajectories.hostapi.HostInfo;
import be.buddytrajectories.hostapi.Mailer;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.testing.FakeCurrentUser;
import be.buddytrajectories.hostapi.testing.InMemoryPeopleDirectory;
import be.buddytrajectories.hostapi.testing.InstanceBeans;
import be.buddytrajectories.hostapi.testing.RecordingCrm;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.hostapi.testing.TestHostDatabase;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * One database with the plugin's beans wired by Weld as the host wires them. Tests share a fixture per database
 * kind and test class, and stay independent by registering their own people.
 */
public final class CoreFixture implements AutoCloseable {

    /** Every CDI bean class of core; a new service is added here so that its wiring is tested too. */
    private static final List<Class<?>> BEANS = List.of(
            BuddyDatabase.class, AccessGuard.class, InputValidator.class, AuditTrail.class, IndexOutbox.class,
            WaitingListFairness.class, PeriodReports.class,
            ProgrammeOverview.class, ProgrammeSettingsService.class, BuddyProfileService.class,
            TrajectoryAccess.class, NewcomerIntakeService.class, TrajectoryService.class, ProposalService.class,
            CheckInService.class, ContactService.class, AlertService.class, CaseloadService.class,
            TrainingService.class, GroupActivityService.class, OutcomeService.class, ProofService.class,
            PrivacyService.class, RetentionJob.class, SpreadsheetImport.class, SpreadsheetExport.class,
            PeopleFeed.class, DemoProgramme.class, SignedLinks.class, MailOutbox.class, MailSender.class,
            MailRounds.class, MailIntroductions.class, MailAdmin.class, MailPreferences.class, MailAnswers.class,
            NewcomerLinkService.class, NewcomerPageService.class, ParticipantAnswerService.class,
            CalendarFeedService.class, RequestRateLimit.class, CrmOutbox.class, CrmWriter.class, CrmAdmin.class,
            ProofCheckService.class,
            VolunteerSignupService.class, ReferralService.class, ReferralIntakes.class, HandoverService.class);

    public static final LocalDate START = LocalDate.of(2026, 3, 2);

    private static final AtomicLong STAFF_IDS = new AtomicLong(900_000);

    private final TestDatabases.TestDatabase database;
    private final WeldContainer container;
    public final FakeCurrentUser user;
    public final InMemoryPeopleDirectory people = new InMemoryPeopleDirectory();
    public final MutableClock clock = new MutableClock(START);
    public final RecordingMailer mailer = new RecordingMailer();
    public final RecordingCrm crm = new RecordingCrm();

    public CoreFixture(TestDatabases.Kind kind) {
        this(MigratedDatabases.create(kind), new FakeCurrentUser());
    }

    /** On a database the caller prepared (e.g. pooled), with a current user of the caller's (e.g. per thread). */
    public CoreFixture(TestDatabases.TestDatabase database, FakeCurrentUser user) {
        this.database = database;
        this.user = user;
        Weld weld = new Weld(UUID.randomUUID().toString()).disableDiscovery()
                .property("org.jboss.weld.construction.relaxed", true)
                .addExtension(new InstanceBeans(Map.of(
                        HostDatabase.class, new TestHostDatabase(database),
                        CurrentUser.class, user,
                        PeopleDirectory.class, people,
                        Clock.class, clock,
                        Mailer.class, mailer,
                        CrmWriteBack.class, crm,
                        HostInfo.class, new HostInfo("Test host", "test", "1.1.0", URI.create("https://buddy.example.org/")))));
        BEANS.forEach(weld::addBeanClass);
        container = weld.initialize();
    }

    public <T> T bean(Class<T> type) {
        return container.select(type).get();
    }

    public BuddyDatabase db() {
        return bean(BuddyDatabase.class);
    }

    public TestDatabases.Kind kind() {
        return database.kind();
    }

    public Person volunteer(String firstName) {
        return people.add(PersonKind.VOLUNTEER, firstName, "Buddy");
    }

    public Person newcomer(String firstName) {
        return people.add(PersonKind.NEWCOMER, firstName, "Newcomer");
    }

    /** Signs in a new coordinator (a staff member with a host person id of his own) and returns that id. */
    public long signInCoordinator() {
        long id = STAFF_IDS.incrementAndGet();
        signInCoordinator(id);
        return id;
    }

    public void signInCoordinator(long personId) {
        user.signIn("coordinator" + personId, personId, Permission.COORDINATOR.key());
    }

    public void signInAdmin() {
        user.signIn("admin", STAFF_IDS.incrementAndGet(), Permission.ADMIN.key());
    }

    public void signInBuddy(long volunteerId) {
        user.signIn("buddy" + volunteerId, volunteerId, Permission.BUDDY.key());
    }

    /** Rows of {@code table} whose {@code column} equals {@code id}, read straight from the database. */
    public int countRows(String table, String column, long id) {
        return queryInt("select count(*) from " + table + " where " + column + " = " + id);
    }

    public int queryInt(String sql) {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Names of the plugin's tables, lower case, changelog tables excluded. */
    public List<String> pluginTables() {
        try (Connection c = database.dataSource().getConnection();
             ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            List<String> tables = new java.util.ArrayList<>();
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT);
                if (name.startsWith("buddy_") && !name.contains("databasechangelog")) {
                    tables.add(name);
                }
            }
            return tables.stream().distinct().sorted().toList();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Column names of one table, lower case. */
    public List<String> columns(String table) {
        try (Connection c = database.dataSource().getConnection()) {
            List<String> columns = new java.util.ArrayList<>();
            for (String name : List.of(table, table.toUpperCase(java.util.Locale.ROOT))) {
                try (ResultSet rs = c.getMetaData().getColumns(null, null, name, "%")) {
                    while (rs.next()) {
                        columns.add(rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
            return columns.stream().distinct().toList();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            container.close();
        } finally {
            database.close();
        }
    }
}
