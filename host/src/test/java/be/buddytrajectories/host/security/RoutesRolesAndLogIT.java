package be.buddytrajectories.host.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.host.browser.Browser;
import be.buddytrajectories.host.browser.Page;
import be.buddytrajectories.host.layout.HomeView;
import be.buddytrajectories.host.people.DemoData;
import be.buddytrajectories.host.people.PeopleView;
import be.buddytrajectories.host.plugins.InstalledHost;
import be.buddytrajectories.host.plugins.PluginsView;
import be.buddytrajectories.host.users.UsersView;
import be.buddytrajectories.ui.admin.AuditLogView;
import be.buddytrajectories.ui.admin.IndexStatusView;
import be.buddytrajectories.ui.admin.PrivacyView;
import be.buddytrajectories.ui.admin.SettingsView;
import be.buddytrajectories.ui.check.ProofCheckView;
import be.buddytrajectories.ui.crm.CrmAdminView;
import be.buddytrajectories.ui.dashboard.DashboardView;
import be.buddytrajectories.ui.duo.DuoView;
import be.buddytrajectories.ui.handover.HandoverView;
import be.buddytrajectories.ui.mail.MailAdminView;
import be.buddytrajectories.ui.mail.MailAnswerView;
import be.buddytrajectories.ui.mail.MailPreferencesView;
import be.buddytrajectories.ui.matching.MatchRoundView;
import be.buddytrajectories.ui.matching.SuggestionsView;
import be.buddytrajectories.ui.newcomer.NewcomerPageView;
import be.buddytrajectories.ui.newcomers.IntakeView;
import be.buddytrajectories.ui.newcomers.NewcomerView;
import be.buddytrajectories.ui.newcomers.NewcomersView;
import be.buddytrajectories.ui.selfservice.MyDuosView;
import be.buddytrajectories.ui.signup.JoinView;
import be.buddytrajectories.ui.signup.ReferView;
import be.buddytrajectories.ui.signup.SignupsView;
import be.buddytrajectories.ui.spreadsheet.SpreadsheetView;
import be.buddytrajectories.ui.reports.ReportsView;
import be.buddytrajectories.ui.training.TrainingsView;
import be.buddytrajectories.ui.volunteers.VolunteerProfileView;
import be.buddytrajectories.ui.volunteers.VolunteersView;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every route of the host and the plugin, opened in a real browser by each role against an installed host run by
 * {@code bin/host}: the server lets in exactly the roles the table below names, a buddy reaches no duo by typing
 * its id, and afterwards the host's log holds no personal data, passwords or session ids.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoutesRolesAndLogIT {

    enum Role { ANONYMOUS, BUDDY, COORDINATOR, ADMIN }

    private static final Set<Role> SIGNED_IN = EnumSet.of(Role.BUDDY, Role.COORDINATOR, Role.ADMIN);
    private static final Set<Role> STAFF = EnumSet.of(Role.COORDINATOR, Role.ADMIN);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

    /** The id of a view's root element and the roles that may open it. */
    private record Access(String rootId, Set<Role> roles) {
    }

    /** Who may open each route: the specification this test holds the server to. */
    private static final Map<Class<? extends Component>, Access> ROUTES = new LinkedHashMap<>();

    static {
        ROUTES.put(HomeView.class, new Access("home-view", SIGNED_IN));
        ROUTES.put(PeopleView.class, new Access("people-view", STAFF));
        ROUTES.put(PluginsView.class, new Access("plugins-view", ADMIN));
        ROUTES.put(UsersView.class, new Access("users-view", ADMIN));
        ROUTES.put(DashboardView.class, new Access("buddy-overview", STAFF));
        ROUTES.put(NewcomersView.class, new Access("buddy-newcomers", STAFF));
        ROUTES.put(NewcomerView.class, new Access("buddy-newcomer", STAFF));
        ROUTES.put(IntakeView.class, new Access("buddy-intake", STAFF));
        ROUTES.put(SuggestionsView.class, new Access("buddy-suggestions", STAFF));
        ROUTES.put(MatchRoundView.class, new Access("buddy-match-round", STAFF));
        ROUTES.put(DuoView.class, new Access("buddy-duo", STAFF));
        ROUTES.put(VolunteersView.class, new Access("buddy-volunteers", STAFF));
        ROUTES.put(VolunteerProfileView.class, new Access("buddy-volunteer-profile", STAFF));
        ROUTES.put(TrainingsView.class, new Access("buddy-trainings", STAFF));
        ROUTES.put(ReportsView.class, new Access("buddy-reports", STAFF));
        ROUTES.put(SpreadsheetView.class, new Access("import", STAFF));
        ROUTES.put(SettingsView.class, new Access("buddy-settings", ADMIN));
        ROUTES.put(NewcomerPageView.class, new Access("buddy-newcomer-page", EVERYONE));
        ROUTES.put(AuditLogView.class, new Access("buddy-audit", ADMIN));
        ROUTES.put(PrivacyView.class, new Access("buddy-privacy", ADMIN));
        ROUTES.put(IndexStatusView.class, new Access("buddy-index", ADMIN));
        ROUTES.put(MyDuosView.class, new Access("buddy-me", EnumSet.of(Role.BUDDY)));
        ROUTES.put(MailAdminView.class, new Access("buddy-mail", ADMIN));
        ROUTES.put(CrmAdminView.class, new Access("buddy-crm", ADMIN));
        ROUTES.put(MailPreferencesView.class, new Access("buddy-mail-preferences", EVERYONE));
        ROUTES.put(MailAnswerView.class, new Access("buddy-mail-answer", EVERYONE));
        ROUTES.put(JoinView.class, new Access("buddy-join", EVERYONE));
        ROUTES.put(ReferView.class, new Access("buddy-refer", EVERYONE));
        ROUTES.put(SignupsView.class, new Access("buddy-signups-view", STAFF));
        ROUTES.put(ProofCheckView.class, new Access("buddy-check", EVERYONE));
        ROUTES.put(HandoverView.class, new Access("buddy-handover-view", STAFF));
    }

    private static final String WRONG_PASSWORD = "Wr0ng-Secret-Tried-7731";
    private static final String TYPED_USERNAME = "yasmina.benali@example.org";

    @TempDir
    static Path home;

    private InstalledHost host;
    private ChromeDriver browser;
    private Page page;
    private long buddysDuo;
    private long othersDuo;
    private long othersNewcomer;
    private long otherVolunteer;
    private final List<String> sessionIds = new ArrayList<>();

    @BeforeAll
    void startHost() throws Exception {
        host = InstalledHost.in(home);
        InstalledHost.CommandResult install = host.plugin("install",
                System.getProperty("plugin.archive", "target/plugin-archive/buddy-trajectories.zip"));
        assertThat(install.exitCode()).as(install.output()).isZero();
        host.start();
        try (Connection c = host.database(); Statement s = c.createStatement()) {
            long buddyPerson = single(s, "select person_id from host_user where username = 'buddy'");
            buddysDuo = single(s, "select min(trajectory_id) from buddy_trajectory_buddy where volunteer_id = "
                    + buddyPerson);
            othersDuo = single(s, "select min(trajectory_id) from buddy_trajectory_buddy where volunteer_id <> "
                    + buddyPerson);
            othersNewcomer = single(s, "select newcomer_id from buddy_trajectory where id = " + othersDuo);
            otherVolunteer = single(s, "select min(volunteer_id) from buddy_profile where volunteer_id <> "
                    + buddyPerson);
        }
        browser = Browser.open(1280, 900);
        page = new Page(browser, host.url(""), Duration.ofSeconds(30));
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (host != null) {
            host.close();
        }
    }

    private static long single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            long value = rs.getLong(1);
            assertThat(rs.wasNull()).as(sql).isFalse();
            return value;
        }
    }

    @Test
    @Order(1)
    void theTableCoversEveryRouteOfTheHostAndThePlugin() {
        Set<Class<? extends Component>> routes = new Routes().autoDiscoverViews("be.buddytrajectories").getRoutes();
        // Karibu also lists the @Layout, which is no route of its own, and the views other tests declare inside
        // their test class, which are no routes of the product.
        routes.removeIf(view -> !view.isAnnotationPresent(Route.class) || view == LoginView.class
                || view.getEnclosingClass() != null);
        assertThat(ROUTES.keySet()).containsExactlyInAnyOrderElementsOf(routes);
    }

    @Test
    @Order(2)
    void everyRouteOpensForExactlyTheRolesItNamesAndSendsAnonymousVisitorsToSignIn() {
        Map<String, String> wrong = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            signInAs(role);
            if (role == Role.ANONYMOUS) {
                // A page of the application to navigate from, in a session of its own.
                open("login");
            }
            for (Map.Entry<Class<? extends Component>, Access> route : ROUTES.entrySet()) {
                String path = path(route.getKey());
                Access access = route.getValue();
                String expected = role == Role.ANONYMOUS && !access.roles().contains(Role.ANONYMOUS) ? "login-view"
                        : access.roles().contains(role) ? access.rootId() : "permission-denied";
                String seen = navigate(path);
                if (!expected.equals(seen)) {
                    wrong.put(role + " /" + path, "expected " + expected + ", saw " + seen);
                }
            }
        }
        assertThat(wrong).as("routes that let in or kept out the wrong role").isEmpty();
    }

    @Test
    @Order(3)
    void aBuddyReachesNoDuoNewcomerOrVolunteerByTypingItsIdAndSeesNoneOfTheirData() throws Exception {
        signInAs(Role.BUDDY);
        String othersName;
        try (Connection c = host.database(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select first_name || ' ' || last_name from host_person where id = "
                     + othersNewcomer)) {
            rs.next();
            othersName = rs.getString(1);
        }
        for (String path : List.of("buddy/duos/" + othersDuo, "buddy/duos/" + buddysDuo,
                "buddy/newcomer/" + othersNewcomer, "buddy/match/" + othersNewcomer,
                "buddy/intake/" + othersNewcomer, "buddy/volunteer/" + otherVolunteer)) {
            assertThat(open(path)).as(path).isEqualTo("permission-denied");
            assertThat(browser.getPageSource()).as(path).doesNotContain(othersName);
        }
        assertThat(open("buddy/me")).isEqualTo("buddy-me");
        assertThat(browser.findElements(By.id("buddy-my-duo-" + othersDuo))).isEmpty();
        assertThat(browser.findElements(By.id("buddy-my-duo-" + buddysDuo))).hasSize(1);
    }

    @Test
    @Order(4)
    void theHostLogHoldsNoPersonalDataPasswordsOrSessionIds() throws Exception {
        browser.manage().deleteAllCookies();
        for (int i = 0; i < 2; i++) {
            submitSignIn("coordinator", WRONG_PASSWORD);
            submitSignIn(TYPED_USERNAME, WRONG_PASSWORD);
        }
        signInAs(Role.COORDINATOR);
        List<String> secrets = new ArrayList<>(List.of(WRONG_PASSWORD, TYPED_USERNAME, DemoData.ADMIN_PASSWORD,
                DemoData.COORDINATOR_PASSWORD, DemoData.BUDDY_PASSWORD));
        List<String[]> people = new ArrayList<>();
        try (Connection c = host.database(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select first_name, last_name, email, phone, street from host_person")) {
            while (rs.next()) {
                people.add(new String[] {rs.getString(1) + " " + rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)});
            }
        }
        try (Connection c = host.database(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select password_hash from host_user")) {
            while (rs.next()) {
                secrets.add(rs.getString(1));
            }
        }
        String someone = people.get(7)[0];
        open("people");
        WebDriverWait wait = page.waiting();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#people-search input")))
                .sendKeys(someone);
        open("buddy/volunteers");
        open("buddy/duos/" + othersDuo);
        // A request that fails while what was typed holds a person's name and e-mail address: the log names the
        // failure, never the input.
        String[] typed = people.get(11);
        String input = URLEncoder.encode(typed[0] + " " + typed[1], StandardCharsets.UTF_8);
        assertThat(open("buddy/duos/987654321?note=" + input)).as("an unknown duo is refused")
                .isEqualTo("buddy-refused");

        String log = host.logText();
        assertThat(log).as("the log has content to check").contains("Buddy host ready at");
        secrets.addAll(sessionIds);
        for (String secret : secrets) {
            assertThat(log).as("secret in the log").doesNotContainIgnoringCase(secret);
        }
        List<String> leaks = new ArrayList<>();
        for (String[] person : people) {
            for (String value : person) {
                if (value != null && value.length() >= 6 && log.contains(value)) {
                    leaks.add(value);
                }
            }
        }
        assertThat(leaks).as("personal data of host people in the log (" + people.size() + " people checked)")
                .isEmpty();
    }

    @Test
    @Order(5)
    void signingInReplacesTheSessionIdSoAPlantedSessionIsWorthless() {
        browser.manage().deleteAllCookies();
        page.open("login");
        page.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        Cookie before = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(before).as("the sign-in page has a session").isNotNull();

        submitSignIn("coordinator", DemoData.COORDINATOR_PASSWORD);

        assertThat(browser.findElements(By.id("main-nav"))).hasSize(1);
        assertThat(browser.manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(before.getValue());
    }

    private void signInAs(Role role) {
        browser.manage().deleteAllCookies();
        if (role == Role.ANONYMOUS) {
            return;
        }
        String password = switch (role) {
            case BUDDY -> DemoData.BUDDY_PASSWORD;
            case COORDINATOR -> DemoData.COORDINATOR_PASSWORD;
            default -> DemoData.ADMIN_PASSWORD;
        };
        submitSignIn(role.name().toLowerCase(), password);
        page.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        if (session != null) {
            sessionIds.add(session.getValue());
        }
    }

    private void submitSignIn(String username, String password) {
        page.submitSignIn(username, password);
        page.waiting().until(d -> !d.findElements(By.id("main-nav")).isEmpty()
                || !d.findElements(By.cssSelector("vaadin-login-form[error]")).isEmpty());
    }

    /** Opens the path and tells which known root the server rendered: a view's id, the denial or the sign-in. */
    private String open(String path) {
        page.open(path);
        return currentRoot();
    }

    private String currentRoot() {
        List<String> roots = new ArrayList<>(List.of("login-view", "permission-denied", "server-error",
                "buddy-refused"));
        ROUTES.values().forEach(access -> roots.add(access.rootId()));
        // One script per look rather than one WebDriver call per id.
        return page.waiting().until((WebDriver d) -> (String) ((JavascriptExecutor) d).executeScript(
                "return arguments[0].find(id => document.getElementById(id) !== null) || null;", roots));
    }

    /**
     * Goes to the path as a link inside the application does: the client asks the server for the view, and the
     * server's access check decides, as for a typed address, without loading the page again (a full load of each
     * of the 96 cells took most of this test's time; the typed addresses are {@link #open}'s, in the other tests).
     * Done when the server answered the navigation and the client is idle, or, if the browser loaded the page
     * after all, when the new page shows a known root.
     */
    private String navigate(String path) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        Object pageId = js.executeScript("""
                if (!window.buddyNavigation) {
                  window.buddyNavigation = {page: Math.random(), answered: 0};
                  const open = XMLHttpRequest.prototype.open;
                  XMLHttpRequest.prototype.open = function (method, url) {
                    if (String(url).includes('v-r=uidl')) {
                      this.addEventListener('loadend', () => window.buddyNavigation.answered++);
                    }
                    return open.apply(this, arguments);
                  };
                }
                return window.buddyNavigation.page;""");
        long answeredBefore = ((Number) js.executeScript("return window.buddyNavigation.answered;")).longValue();
        js.executeScript("const a = document.createElement('a'); a.href = arguments[0];"
                + " document.body.appendChild(a); a.click(); a.remove();", "/" + path);
        page.waiting().until((WebDriver d) -> {
            Object state = js.executeScript("""
                    const n = window.buddyNavigation;
                    const idle = !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients
                        || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());
                    return [n ? n.page : null, n ? n.answered : -1, idle, document.readyState];""");
            List<?> seen = (List<?>) state;
            boolean reloaded = !pageId.equals(seen.get(0)) && "complete".equals(seen.get(3));
            boolean answered = pageId.equals(seen.get(0)) && ((Number) seen.get(1)).longValue() > answeredBefore
                    && Boolean.TRUE.equals(seen.get(2));
            return reloaded || answered;
        });
        return currentRoot();
    }

    private String path(Class<? extends Component> view) {
        String route = view.getAnnotation(Route.class).value();
        if (!HasUrlParameter.class.isAssignableFrom(view)) {
            return route;
        }
        long id = view == DuoView.class ? othersDuo : view == VolunteerProfileView.class ? otherVolunteer
                : othersNewcomer;
        return route + "/" + id;
    }
}
