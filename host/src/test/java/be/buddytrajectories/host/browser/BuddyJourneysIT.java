package be.buddytrajectories.host.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.host.HostConfig;
import be.buddytrajectories.host.Main;
import be.buddytrajectories.host.RunningHost;
import be.buddytrajectories.host.people.DemoData;
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
import org.openqa.selenium.StaleElementReferenceException;
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

    @BeforeAll
    static void startHost() throws Exception {
        System.setProperty(DEMO_SETTING, "true");
        Path dataDir = Files.createTempDirectory("host-buddy-it");
        host = Main.start(new HostConfig(0, Path.of("."), dataDir, HostConfig.defaultH2Url(dataDir), "sa", "", true,
                true, 100L << 20));
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
        browser = Browser.open(1280, 900);
        signIn("coordinator", DemoData.COORDINATOR_PASSWORD);
        open("buddy");
        visible("buddy-waiting-chart");
        Browser.screenshot(browser, "buddy-dashboard");

        open("buddy/intake");
        type("buddy-intake-first-name", "Nour");
        type("buddy-intake-last-name", "Darwish");
        pick("buddy-intake-gender", "vrouw");
        pick("buddy-intake-place", "9000 Gent");
        pick("buddy-intake-languages", "Engels");
        pick("buddy-intake-dutch-level", "A2");
        click(browser.findElement(By.cssSelector("#buddy-intake-goals vaadin-checkbox")));
        pick("buddy-intake-family", "alleenstaand");
        click(browser.findElement(By.cssSelector("#buddy-intake-consent")));
        Browser.screenshot(browser, "buddy-intake");
        click(visible("buddy-intake-save"));

        assertThat(visible("buddy-newcomer-name").getText()).isEqualTo("Nour Darwish");
        click(visible("buddy-find-buddy"));
        WebElement first = firstSuggestion();
        String volunteerId = first.getDomAttribute("id").substring("buddy-suggestion-".length());
        List<WebElement> reasons = browser.findElements(By.cssSelector("#buddy-reasons-" + volunteerId + " li"));
        assertThat(reasons).isNotEmpty();
        assertThat(reasons.get(0).getText()).isNotBlank();
        Browser.screenshot(browser, "buddy-suggestions");

        click(visible("buddy-propose-" + volunteerId));
        waiting().until(d -> "voorgesteld".equals(visible("buddy-duo-status").getText()));
        click(visible("buddy-accept"));
        type("buddy-agreement-goals", "Nederlands oefenen en Gent leren kennen");
        type("buddy-agreement-rhythm", "elke week");
        type("buddy-agreement-contact-person", "Ilse Verstraete");
        click(visible("buddy-start"));
        waiting().until(d -> "actief".equals(visible("buddy-duo-status").getText()));
        assertThat(visible("buddy-hours-text").getText()).isEqualTo("0 van 40 uur");

        WebElement minutes = visible("buddy-contact-minutes").findElement(By.tagName("input"));
        minutes.sendKeys(Keys.chord(Keys.CONTROL, "a"), "90", Keys.TAB);
        pick("buddy-contact-activity", "Wandelen");
        click(visible("buddy-contact-save"));

        waiting().until(d -> "1,5 van 40 uur".equals(visible("buddy-hours-text").getText()));
        Browser.screenshot(browser, "buddy-duo");
        assertThat(browser.getPageSource()).doesNotContain("Exception");
    }

    @Test
    void buddyLogsWeMetInTwoTapsOnAPhoneSizedWindow() throws Exception {
        browser = Browser.open(390, 844);
        signIn("buddy", DemoData.BUDDY_PASSWORD);
        open("buddy/me");
        WebElement weMet = waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-button[id^='buddy-we-met-']")));
        String duoId = weMet.getDomAttribute("id").substring("buddy-we-met-".length());
        String before = visible("buddy-my-hours-" + duoId).getText();
        Browser.screenshot(browser, "buddy-self-service");

        click(weMet);
        click(visible("buddy-we-met-" + duoId + "-WALK"));

        waiting().until(d -> !before.equals(visible("buddy-my-hours-" + duoId).getText()));
        Number width = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth;");
        assertThat(width.intValue()).isLessThanOrEqualTo(390);
        Browser.screenshot(browser, "buddy-we-met");
    }

    @Test
    void adminRebuildsTheIndexAndSeesTheProgressBarFinish() throws Exception {
        browser = Browser.open(1280, 900);
        signIn("admin", DemoData.ADMIN_PASSWORD);
        open("buddy/admin");
        visible("buddy-settings-save");
        Browser.screenshot(browser, "buddy-settings");
        open("buddy/admin/index");
        waiting().until(d -> "false".equals(visible("buddy-index-state").getDomAttribute("data-rebuilding")));

        click(visible("buddy-index-rebuild"));

        waiting().until(d -> "false".equals(visible("buddy-index-state").getDomAttribute("data-rebuilding"))
                && "De index is klaar.".equals(visible("buddy-index-state").getText()));
        waiting().until(d -> "1".equals(String.valueOf(((JavascriptExecutor) browser).executeScript(
                "return document.getElementById('buddy-index-progress').value;"))));
        assertThat(visible("buddy-index-documents").getText()).isEqualTo("Buddyprofielen in de index: 200");
        Browser.screenshot(browser, "buddy-index");
    }

    @Test
    void coordinatorSearchesVolunteersWithFacetsAndHighlightedSnippets() throws Exception {
        browser = Browser.open(1280, 900);
        signIn("coordinator", DemoData.COORDINATOR_PASSWORD);
        open("buddy/volunteers");
        type("buddy-volunteer-search", "football");

        waiting().until(d -> !d.findElements(By.cssSelector("#buddy-volunteer-hits .buddy-snippet-hit")).isEmpty()
                || !d.findElements(By.cssSelector("#buddy-volunteer-hits [id^='buddy-volunteer-hit-']")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#buddy-facet-language vaadin-checkbox"))).isNotEmpty();
        Browser.screenshot(browser, "buddy-volunteers");
    }

    @Test
    void coordinatorReviewsAMatchRoundBeforePublishing() throws Exception {
        browser = Browser.open(1280, 900);
        signIn("coordinator", DemoData.COORDINATOR_PASSWORD);
        open("buddy/match-round");
        click(visible("buddy-round-run"));

        WebElement grid = visible("buddy-round-grid");
        waiting().until(d -> ((Number) ((JavascriptExecutor) browser).executeScript("return arguments[0].size;", grid))
                .intValue() > 0);
        assertThat(visible("buddy-round-publish").isEnabled()).isTrue();
        Browser.screenshot(browser, "buddy-match-round");
    }

    private void signIn(String username, String password) {
        browser.get(url("login"));
        WebElement form = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        waiting().until(d -> form.findElements(By.cssSelector("input[name=username]")).size() == 1);
        form.findElement(By.cssSelector("input[name=username]")).sendKeys(username);
        form.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
        form.findElement(By.cssSelector("vaadin-button[slot=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
    }

    private void open(String path) {
        browser.get(url(path));
    }

    private String url(String path) {
        return "http://localhost:" + host.port() + "/" + path;
    }

    /** Views re-render after a change, so an element read in a condition may be replaced meanwhile. */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private WebElement visible(String id) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        waiting().until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void type(String id, String text) {
        WebElement field = visible(id);
        By input = By.cssSelector("input, textarea");
        waiting().until(d -> !field.findElements(input).isEmpty());
        field.findElement(input).sendKeys(text);
        field.findElement(input).sendKeys(Keys.TAB);
    }

    /** Chooses an item of a (multi-select) combo box by its label. */
    private void pick(String id, String label) {
        WebElement box = visible(id);
        WebElement input = box.findElement(By.tagName("input"));
        click(input);
        input.sendKeys(label);
        By item = By.xpath("//*[self::vaadin-combo-box-item or self::vaadin-multi-select-combo-box-item]"
                + "[normalize-space(.)='" + label + "']");
        WebElement option = waiting().until(ExpectedConditions.visibilityOfElementLocated(item));
        option.click();
        if ("vaadin-multi-select-combo-box".equals(box.getTagName())) {
            input.sendKeys(Keys.ESCAPE);
        }
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(item));
    }

    /** Suggestions come from the index, which the demo programme fills while the host starts. */
    private WebElement firstSuggestion() {
        for (int attempt = 0; attempt < 10; attempt++) {
            List<WebElement> cards = new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> {
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
