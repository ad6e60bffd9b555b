package be.buddytrajectories.host.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.host.Main;
import be.buddytrajectories.host.RunningHost;
import be.buddytrajectories.host.TestHostConfigs;
import be.buddytrajectories.host.people.DemoData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Sign-in journeys in headless Chromium against a host with the plugin and demo data. */
class SignInJourneyIT {

    private static RunningHost host;
    private static Path dataDir;
    private ChromeDriver browser;
    private Page page;

    @BeforeAll
    static void startHost() throws Exception {
        dataDir = Files.createTempDirectory("host-it");
        host = Main.start(TestHostConfigs.onH2(dataDir, true));
    }

    @AfterAll
    static void stopHost() {
        host.stop();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void openBrowser() throws IOException {
        browser = Browser.open(1280, 900);
        page = new Page(browser, "http://localhost:" + host.port() + "/", Duration.ofSeconds(30));
    }

    private List<String> menuLabels() {
        page.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
        return browser.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .map(WebElement::getText).map(String::trim).toList();
    }

    @Test
    void coordinatorSignsInAndOpensBuddyTrajectoriesFromTheMenu() throws Exception {
        openBrowser();
        page.submitSignIn("coordinator", DemoData.COORDINATOR_PASSWORD);

        assertThat(menuLabels()).contains("Start", "Personen", "Buddytrajecten");
        browser.findElement(By.id("nav-buddy")).click();
        WebElement volunteers = page.waiting().until(
                ExpectedConditions.visibilityOfElementLocated(By.id("buddy-volunteer-count")));

        assertThat(volunteers.getText()).isEqualTo(String.valueOf(DemoData.VOLUNTEERS));
        assertThat(browser.findElement(By.id("buddy-newcomer-count")).getText())
                .isEqualTo(String.valueOf(DemoData.NEWCOMERS));
        assertThat(browser.findElement(By.cssSelector("#buddy-overview h2")).getText()).isEqualTo("Buddytrajecten");
        Browser.screenshot(browser, "buddy-overview");
    }

    @Test
    void adminSeesTheMenuInEnglishAfterChoosingEnglish() throws Exception {
        openBrowser();
        // The choice is stored per user: admin, so that the coordinator's journeys stay in Dutch.
        page.submitSignIn("admin", DemoData.ADMIN_PASSWORD);
        page.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("language-select")));

        ((JavascriptExecutor) browser).executeScript(
                "const s = document.getElementById('language-select'); s.opened = true;");
        WebElement english = page.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='English']")));
        english.click();

        page.waiting().until(d -> menuLabels().contains("Buddy trajectories"));
        assertThat(menuLabels()).contains("Home", "People", "Buddy trajectories");
    }

    @Test
    void buddySeesNoCoordinatorOrAdminEntries() throws Exception {
        openBrowser();
        page.submitSignIn("buddy", DemoData.BUDDY_PASSWORD);

        // The plugin may give buddies entries of their own ("Mijn buddy"); never the coordinator's or admin's.
        assertThat(menuLabels()).contains("Start").doesNotContain("Personen", "Buddytrajecten", "Plugins");
        page.open("buddy");
        page.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("permission-denied")));
        assertThat(browser.findElements(By.id("buddy-overview"))).isEmpty();
    }

    @Test
    void signingOutEndsTheSessionSoTheNextPageAsksToSignInAgain() throws Exception {
        openBrowser();
        page.signIn("coordinator", DemoData.COORDINATOR_PASSWORD);

        browser.findElement(By.id("sign-out")).click();
        page.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        page.open("buddy");

        page.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        assertThat(browser.findElements(By.id("buddy-overview"))).isEmpty();
        assertThat(browser.findElements(By.id("main-nav"))).isEmpty();
    }

    @Test
    void aWrongPasswordGivesAClearMessageAndNoStackTrace() throws Exception {
        openBrowser();
        page.submitSignIn("coordinator", "not-the-password");

        WebElement form = browser.findElement(By.id("login-form"));
        page.waiting().until(d -> "true".equals(form.getDomAttribute("error"))
                || form.getDomProperty("error").equals("true"));
        SearchContext shadow = form.findElement(By.tagName("vaadin-login-form-wrapper")).getShadowRoot();
        String message = shadow.findElement(By.cssSelector("[part=error-message]")).getText();

        assertThat(message).contains("De gebruikersnaam of het wachtwoord klopt niet");
        assertThat(browser.getPageSource()).doesNotContain("Exception").doesNotContain("at be.buddytrajectories");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        Browser.screenshot(browser, "login-refused");
    }
}
