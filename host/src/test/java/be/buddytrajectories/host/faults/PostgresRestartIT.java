package be.buddytrajectories.host.faults;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.host.browser.Browser;
import be.buddytrajectories.host.browser.Page;
import be.buddytrajectories.host.people.DemoData;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The host on PostgreSQL while PostgreSQL crashes and comes back (a private cluster, not the machine's): a
 * coordinator in the browser is told that nothing was saved while it is down, and the next requests work once it
 * is back, without restarting the host; meanwhile a write stream through the services loses no acknowledged write.
 */
class PostgresRestartIT {

    private static final String DATABASE = "buddy";
    private static final String DURING = "tijdens de storing";
    private static final String AFTER = "na de herstart";

    @TempDir
    Path dir;

    private PrivatePostgres postgres;
    private ChildHost host;
    private ChromeDriver browser;
    private Page page;

    @AfterEach
    void stopAll() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (host != null) {
            host.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aPostgresCrashIsSurvivedTheUserIsToldNothingWasSavedAndNoAcknowledgedWriteIsLost() throws Exception {
        postgres = PrivatePostgres.start();
        postgres.createDatabase(DATABASE);
        String url = postgres.url(DATABASE);
        host = ChildHost.start("write", dir.resolve("data"), url, PrivatePostgres.USER, "", 8, 0,
                HostRestarts.log("PostgresRestartIT-host"));
        int port = host.awaitReady();
        long duo = oldestActiveDuo(url);
        browser = Browser.open(1280, 900);
        page = new Page(browser, "http://localhost:" + port + "/", Duration.ofSeconds(60));
        page.signIn("coordinator", DemoData.COORDINATOR_PASSWORD);
        page.open("buddy/duos/" + duo);
        page.visible("buddy-contact-save");
        host.await(w -> w.get(0).equals("ack"), Duration.ofSeconds(60));

        postgres.crash();
        logContact(75, DURING);

        String problem;
        try {
            problem = notification("databank");
        } catch (RuntimeException notShown) {
            Browser.screenshot(browser, "postgres-down-no-message");
            throw notShown;
        }
        assertThat(problem).contains("databank is nu niet bereikbaar").contains("niets opgeslagen");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.problemShown;"))
                .as("the plugin's problem notification").isEqualTo(true);
        assertThat(browser.getPageSource()).doesNotContain("Exception").doesNotContain("Er ging iets mis");

        postgres.startServer();
        int linesAtRestart = host.lines().size();
        page.open("buddy/duos/" + duo);
        assertThat(page.visible("buddy-duo-status").getText()).isEqualTo("actief");
        logContact(105, AFTER);
        notification("genoteerd");
        page.waiting().until(d -> d.getPageSource().contains(AFTER));
        host.await(w -> w.get(0).equals("ack") && host.lines().indexOf(w) >= linesAtRestart, Duration.ofSeconds(60));
        Thread.sleep(2000);
        host.kill();

        AckedWrites writes = new AckedWrites();
        writes.add(host.lines());
        writes.assertAllIn(url, PrivatePostgres.USER, "");
        assertThat(notesOfContacts(url, duo)).contains(AFTER).doesNotContain(DURING);
        List<List<String>> afterRestart = host.lines().subList(linesAtRestart, host.lines().size());
        int firstAck = afterRestart.indexOf(afterRestart.stream().filter(w -> w.get(0).equals("ack")).findFirst()
                .orElseThrow());
        assertThat(afterRestart.subList(firstAck, afterRestart.size()))
                .as("writes that failed once PostgreSQL was back").noneMatch(w -> w.get(0).equals("failed"));
        assertThat(writes.failed()).as("writes refused while PostgreSQL was down").isPositive();
        HostRestarts.verify(dir.resolve("data"), url, PrivatePostgres.USER, "", HostRestarts.log("PostgresRestartIT-verify"))
                .assertIndexEqualsDatabase();
        System.out.println("PostgresRestartIT " + writes.summary());
    }

    private void logContact(int minutes, String note) {
        recordNotifications();
        WebElement field = page.visible("buddy-contact-minutes").findElement(By.tagName("input"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Integer.toString(minutes), Keys.TAB);
        page.pick("buddy-contact-activity", "Wandelen");
        WebElement text = page.visible("buddy-contact-note").findElement(By.cssSelector("input, textarea"));
        text.sendKeys(Keys.chord(Keys.CONTROL, "a"), note, Keys.TAB);
        page.click(page.visible("buddy-contact-save"));
    }

    /**
     * Keeps the text of every notification card the page shows from now on: a card stays only 6 seconds, which a
     * test polling a loaded machine can miss.
     */
    private void recordNotifications() {
        ((JavascriptExecutor) browser).executeScript("window.notificationTexts = []; window.problemShown = false;"
                + "new MutationObserver(() => {"
                + "  window.problemShown = window.problemShown || !!document.getElementById('buddy-problem');"
                + "  document.querySelectorAll('vaadin-notification-card').forEach(card => {"
                + "    const text = card.innerText;"
                + "    if (text && !window.notificationTexts.includes(text)) { window.notificationTexts.push(text); }"
                + "  });"
                + "}).observe(document.body, {childList: true, subtree: true, characterData: true});");
    }

    /** The text of the first notification shown since {@link #recordNotifications()} that contains this. */
    @SuppressWarnings("unchecked")
    private String notification(String containing) {
        return page.waiting().until(d -> ((List<Object>) ((JavascriptExecutor) d)
                .executeScript("return window.notificationTexts || [];")).stream().map(String::valueOf)
                .filter(text -> text.contains(containing)).findFirst().orElse(null));
    }

    private static long oldestActiveDuo(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, PrivatePostgres.USER, "");
             ResultSet rs = c.createStatement().executeQuery(
                     "select min(id) from buddy_trajectory where status = 'ACTIVE'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> notesOfContacts(String url, long duo) throws Exception {
        try (Connection c = DriverManager.getConnection(url, PrivatePostgres.USER, "");
             PreparedStatement s = c.prepareStatement(
                     "select coordinator_note from buddy_contact where trajectory_id = ? and coordinator_note is not null")) {
            s.setLong(1, duo);
            try (ResultSet rs = s.executeQuery()) {
                List<String> notes = new java.util.ArrayList<>();
                while (rs.next()) {
                    notes.add(rs.getString(1));
                }
                return notes;
            }
        }
    }
}
