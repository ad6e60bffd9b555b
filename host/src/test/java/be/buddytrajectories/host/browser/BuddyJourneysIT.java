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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The plugin's journeys in headless Chromium, from sign-in, against a host with demo data and the plugin's demo
 * programme (which the plugin seeds when {@code host.demo.data} is set, as the run command sets it).
 */
class BuddyJourneysIT {

    private static final String DEMO_SETTING = "host.demo.data";

    private static RunningHost host;
    private ChromeDriver browser;
    private Page page;

    @BeforeAll
    static void startHost() throws Exception {
        System.setProperty(DEMO_SETTING, "true");
        Path dataDir = Files.createTempDirectory("host-buddy-it");
        host = Main.start(TestHostConfigs.onH2(dataDir, true));
    }

    @AfterAll
    static void stopHost() {
        System.clearProperty(DEMO_SETTING);
        host.stop();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void coordinatorRegistersANewcomerProposesAnAcceptedBuddyAndSeesTheHoursMove() throws Exception {
        openBrowser(1280, 900);
        page.signIn("coordinator", DemoData.COORDINATOR_PASSWORD);
        page.open("buddy");
        page.visible("buddy-waiting-chart");
        Browser.screenshot(browser, "buddy-dashboard");

        page.open("buddy/intake");
        page.type("buddy-intake-first-name", "Nour");
        page.type("buddy-intake-last-name", "Darwish");
        page.pick("buddy-intake-gender", "vrouw");
        page.pick("buddy-intake-place", "9000 Gent");
        page.pick("buddy-intake-languages", "Engels");
        page.pick("buddy-intake-dutch-level", "A2");
        page.click(browser.findElement(By.cssSelector("#buddy-intake-goals vaadin-checkbox")));
        page.pick("buddy-intake-family", "alleenstaand");
        page.click(browser.findElement(By.cssSelector("#buddy-intake-consent")));
        Browser.screenshot(browser, "buddy-intake");
        page.click(page.visible("buddy-intake-save"));

        assertThat(page.visible("buddy-newcomer-name").getText()).isEqualTo("Nour Darwish");
        page.click(page.visible("buddy-find-buddy"));
        WebElement first = firstSuggestion();
        String volunteerId = first.getDomAttribute("id").substring("buddy-suggestion-".length());
        List<WebElement> reasons = browser.findElements(By.cssSelector("#buddy-reasons-" + volunteerId + " li"));
        assertThat(reasons).isNotEmpty();
        assertThat(reasons.get(0).getText()).isNotBlank();
        Browser.screenshot(browser, "buddy-suggestions");

        page.click(page.visible("buddy-propose-" + volunteerId));
        page.waiting().until(d -> "voorgesteld".equals(page.visible("buddy-duo-status").getText()));
        page.click(page.visible("buddy-accept"));
        page.type("buddy-agreement-goals", "Nederlands oefenen en Gent leren kennen");
        page.type("buddy-agreement-rhythm", "elke week");
        page.type("buddy-agreement-contact-person", "Ilse Verstraete");
        page.click(page.visible("buddy-start"));
        page.waiting().until(d -> "actief".equals(page.visible("buddy-duo-status").getText()));
        assertThat(page.visible("buddy-hours-text").getText()).isEqualTo("0 van 40 uur");

        WebElement minutes = page.visible("buddy-contact-minutes").findElement(By.tagName("input"));
        minutes.sendKeys(Keys.chord(Keys.CONTROL, "a"), "90", Keys.TAB);
        page.pick("buddy-contact-activity", "Wandelen");
        page.click(page.visible("buddy-contact-save"));

        page.waiting().until(d -> "1,5 van 40 uur".equals(page.visible("buddy-hours-text").getText()));
        Browser.screenshot(browser, "buddy-duo");
        assertThat(browser.getPageSource()).doesNotContain("Exception");
    }

    @Test
    void aVolunteerSignsUpWithoutAnAccountAndTheCoordinatorFindsHimInTheQueueBesideThePeriodReport() throws Exception {
        openBrowser(1280, 900);
        page.open("buddy/join?lang=nl");
        page.type("buddy-join-first-name", "Mira");
        page.type("buddy-join-last-name", "Peeters");
        page.type("buddy-join-email", "mira.peeters@example.org");
        page.pick("buddy-join-place", "9000 Gent");
        page.pick("buddy-join-languages", "Nederlands");
        page.type("buddy-join-interests", "koken, wandelen");
        page.click(page.visible("buddy-join-availability-WED_EVENING"));
        page.type("buddy-join-about", "Ik woon al tien jaar in Gent.");
        // The consent box spans the form's width: a click in its middle would land beside the box and its label.
        page.click(browser.findElement(By.cssSelector("#buddy-join-consent label")));
        // The server refuses, as a bot's, a form sent back sooner than a person fills it in (3 s).
        Thread.sleep(3_500);
        page.click(page.visible("buddy-join-submit"));
        page.waiting().withMessage(() -> "the page says: " + browser.findElement(By.tagName("body")).getText())
                .until(d -> !d.findElements(By.id("buddy-join-done")).isEmpty());

        page.signIn("coordinator", DemoData.COORDINATOR_PASSWORD);
        page.open("buddy/signups");
        page.waiting().until(d -> page.visible("buddy-signups").getText().contains("Mira Peeters"));

        page.open("buddy/reports");
        assertThat(number(page.visible("buddy-report-reach-duosStarted").getText())).isPositive();
        page.visible("buddy-report-csv");
        page.visible("buddy-report-monthStarted");
        page.visible("buddy-recruitment");
        Browser.screenshot(browser, "buddy-reports");
        assertThat(browser.getPageSource()).doesNotContain("Exception");
    }

    @Test
    void buddyLogsWeMetInTwoTapsOnAPhoneSizedWindow() throws Exception {
        openBrowser(390, 844);
        page.signIn("buddy", DemoData.BUDDY_PASSWORD);
        page.open("buddy/me");
        WebElement weMet = page.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-button[id^='buddy-we-met-']")));
        String duoId = weMet.getDomAttribute("id").substring("buddy-we-met-".length());
        String before = page.visible("buddy-my-hours-" + duoId).getText();
        Browser.screenshot(browser, "buddy-self-service");

        page.click(weMet);
        page.click(page.visible("buddy-we-met-" + duoId + "-WALK"));

        page.waiting().until(d -> !before.equals(page.visible("buddy-my-hours-" + duoId).getText()));
        Number width = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth;");
        assertThat(width.intValue()).isLessThanOrEqualTo(390);
        Browser.screenshot(browser, "buddy-we-met");
    }

    @Test
    void adminRebuildsTheIndexAndSeesTheProgressBarFinish() throws Exception {
        openBrowser(1280, 900);
        page.signIn("admin", DemoData.ADMIN_PASSWORD);
        page.open("buddy/admin");
        page.visible("buddy-settings-save");
        Browser.screenshot(browser, "buddy-settings");
        page.open("buddy/admin/index");
        page.waiting().until(d -> "false".equals(page.visible("buddy-index-state").getDomAttribute("data-rebuilding")));

        page.click(page.visible("buddy-index-rebuild"));

        page.waiting().until(d -> "false".equals(page.visible("buddy-index-state").getDomAttribute("data-rebuilding"))
                && "De index is klaar.".equals(page.visible("buddy-index-state").getText()));
        page.waiting().until(d -> "1".equals(String.valueOf(((JavascriptExecutor) browser).executeScript(
                "return document.getElementById('buddy-index-progress').value;"))));
        assertThat(page.visible("buddy-index-documents").getText()).isEqualTo("Buddyprofielen in de index: 200");
        Browser.screenshot(browser, "buddy-index");
    }

    @Test
    void coordinatorSearchesVolunteersWithFacetsAndHighlightedSnippets() throws Exception {
        openBrowser(1280, 900);
        page.signIn("coordinator", DemoData.COORDINATOR_PASSWORD);
        page.open("buddy/volunteers");
        page.type("buddy-volunteer-search", "koffie");

        page.waiting().until(d -> !d.findElements(By.cssSelector("#buddy-volunteer-hits .buddy-snippet-hit")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#buddy-volunteer-hits .buddy-snippet-hit")))
                .as("marked matches").allSatisfy(hit -> assertThat(hit.getText()).containsIgnoringCase("koffie"));
        int total = number(page.visible("buddy-volunteer-total").getText());
        // The language with the fewest hits narrows the result to its own count.
        WebElement narrowest = null;
        int narrowestCount = Integer.MAX_VALUE;
        for (WebElement option : browser.findElements(By.cssSelector("#buddy-facet-language vaadin-checkbox"))) {
            int count = number(option.getText().replaceAll(".*\\((\\d+)\\)\\s*$", "$1"));
            if (count < narrowestCount) {
                narrowest = option;
                narrowestCount = count;
            }
        }
        assertThat(narrowest).as("language facet options").isNotNull();
        assertThat(narrowestCount).as("a facet option that narrows the result").isLessThan(total);
        int expected = narrowestCount;
        page.click(narrowest);

        page.waiting().until(d -> number(d.findElement(By.id("buddy-volunteer-total")).getText()) == expected);
        assertThat(browser.findElements(By.cssSelector("#buddy-volunteer-hits [id^='buddy-volunteer-hit-']")))
                .hasSizeLessThanOrEqualTo(expected);
        assertThat(browser.findElements(By.cssSelector("#buddy-volunteer-hits .buddy-snippet-hit"))).isNotEmpty();
        Browser.screenshot(browser, "buddy-volunteers");
    }

    /** The first whole number in a text such as "23 vrijwilligers". */
    private static int number(String text) {
        java.util.regex.Matcher digits = java.util.regex.Pattern.compile("\\d+").matcher(text.replace(".", ""));
        return digits.find() ? Integer.parseInt(digits.group()) : -1;
    }

    @Test
    void coordinatorReviewsAMatchRoundBeforePublishing() throws Exception {
        openBrowser(1280, 900);
        page.signIn("coordinator", DemoData.COORDINATOR_PASSWORD);
        page.open("buddy/match-round");
        page.click(page.visible("buddy-round-run"));

        WebElement grid = page.visible("buddy-round-grid");
        page.waiting().until(d -> ((Number) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].size;", grid)).intValue() > 0);
        assertThat(page.visible("buddy-round-publish").isEnabled()).isTrue();
        Browser.screenshot(browser, "buddy-match-round");
    }

    private void openBrowser(int width, int height) throws IOException {
        browser = Browser.open(width, height);
        page = new Page(browser, "http://localhost:" + host.port() + "/", Duration.ofSeconds(30));
    }

    /** Suggestions come from the index, which the demo programme fills while the host starts. */
    private WebElement firstSuggestion() {
        for (int attempt = 0; attempt < 10; attempt++) {
            List<WebElement> cards = new WebDriverWait(browser, Duration.ofSeconds(5), Duration.ofMillis(100)).until(d -> {
                List<WebElement> found = d.findElements(By.cssSelector(".buddy-suggestion"));
                return found.isEmpty() && d.findElements(By.id("buddy-suggestion-list")).isEmpty() ? null : found;
            });
            if (!cards.isEmpty()) {
                return cards.get(0);
            }
            browser.navigate().refresh();
        }
        throw new AssertionError("no suggestions after waiting for the index");
    }
}
