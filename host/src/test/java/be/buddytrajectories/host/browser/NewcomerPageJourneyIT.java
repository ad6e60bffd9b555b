package be.buddytrajectories.host.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.host.Main;
import be.buddytrajectories.host.RunningHost;
import be.buddytrajectories.host.TestHostConfigs;
import be.buddytrajectories.host.people.DemoData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The newcomer's page in headless Chromium at 390×844, without an account: the buddy logs "we met", the coordinator
 * issues the personal link, and the newcomer opens it in a browser that never signed in, confirms the meeting and
 * answers the pulse.
 */
class NewcomerPageJourneyIT {

    private static final String DEMO_SETTING = "host.demo.data";

    private static RunningHost host;

    @BeforeAll
    static void startHost() throws Exception {
        System.setProperty(DEMO_SETTING, "true");
        Path dataDir = Files.createTempDirectory("host-newcomer-page-it");
        host = Main.start(TestHostConfigs.onH2(dataDir, true));
    }

    @AfterAll
    static void stopHost() {
        System.clearProperty(DEMO_SETTING);
        host.stop();
    }

    @Test
    void theNewcomerOpensAFreshLinkOnAPhoneConfirmsWeMetAndAnswersThePulse() throws Exception {
        String duoId = buddyLogsAMeeting();
        String token = coordinatorIssuesTheLink(duoId);

        ChromeDriver phone = Browser.open(390, 844);
        try {
            Page page = page(phone);
            page.open("n/" + token);
            assertThat(page.visible("buddy-newcomer-hello").getText()).startsWith("Hallo ");
            WebElement confirm = page.waiting().until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("vaadin-button[id^='buddy-newcomer-confirm-']")));
            String contactId = confirm.getDomAttribute("id").substring("buddy-newcomer-confirm-".length());
            Browser.screenshot(phone, "buddy-newcomer-page-phone");

            page.click(confirm);

            page.visible("buddy-newcomer-thanks");
            page.waiting().until(ExpectedConditions.invisibilityOfElementLocated(
                    By.id("buddy-newcomer-meeting-" + contactId)));
            clickOnceRendered(page, "buddy-newcomer-pulse-GOOD");
            page.waiting().until(d -> "true".equals(d.findElement(By.id("buddy-newcomer-pulse-GOOD"))
                    .getDomAttribute("aria-pressed")));
            clickOnceRendered(page, "buddy-newcomer-lang-FR");
            page.waiting().until(d -> d.findElement(By.id("buddy-newcomer-hello")).getText().startsWith("Bonjour "));
            Number width = (Number) ((JavascriptExecutor) phone).executeScript(
                    "return document.documentElement.scrollWidth;");
            assertThat(width.intValue()).isLessThanOrEqualTo(390);
            assertThat(phone.findElements(By.id("main-nav"))).as("no host menu around the page").isEmpty();

            page.open("n/" + token.substring(1) + "x");
            page.visible("buddy-newcomer-link-invalid");
            assertThat(phone.getPageSource()).doesNotContain("Exception").doesNotContain("login-form");
        } finally {
            phone.quit();
        }
    }

    /** The demo buddy taps "we met" for his running duo, and the duo's id is returned. */
    private String buddyLogsAMeeting() throws Exception {
        ChromeDriver browser = Browser.open(390, 844);
        try {
            Page page = page(browser);
            page.signIn("buddy", DemoData.BUDDY_PASSWORD);
            page.open("buddy/me");
            WebElement weMet = page.waiting().until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("vaadin-button[id^='buddy-we-met-']")));
            String duoId = weMet.getDomAttribute("id").substring("buddy-we-met-".length());
            String before = page.visible("buddy-my-hours-" + duoId).getText();
            page.click(weMet);
            page.click(page.visible("buddy-we-met-" + duoId + "-WALK"));
            page.waiting().until(d -> !before.equals(page.visible("buddy-my-hours-" + duoId).getText()));
            return duoId;
        } finally {
            browser.quit();
        }
    }

    /** The coordinator issues the newcomer's link on the duo screen; the token is read from the link shown once. */
    private String coordinatorIssuesTheLink(String duoId) throws Exception {
        ChromeDriver browser = Browser.open(1280, 900);
        try {
            Page page = page(browser);
            page.signIn("coordinator", DemoData.COORDINATOR_PASSWORD);
            page.open("buddy/duos/" + duoId);
            page.click(page.visible("buddy-duo-newcomer-link-issue"));
            page.visible("buddy-duo-newcomer-link-qr");
            String link = page.waiting().until(d -> (String) ((JavascriptExecutor) d).executeScript(
                    "return document.getElementById('buddy-duo-newcomer-link').value || null;"));
            Browser.screenshot(browser, "buddy-duo-newcomer-link");
            assertThat(link).contains("/n/");
            return link.substring(link.lastIndexOf('/') + 1);
        } finally {
            browser.quit();
        }
    }

    /** The page renders anew after each tap, so the button is looked up again until the click lands. */
    private static void clickOnceRendered(Page page, String id) {
        page.visible(id);
        page.waiting().until(d -> {
            d.findElement(By.id(id)).click();
            return true;
        });
    }

    private static Page page(ChromeDriver browser) {
        return new Page(browser, "http://localhost:" + host.port() + "/", Duration.ofSeconds(30));
    }
}
