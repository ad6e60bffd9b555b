package be.buddytrajectories.host.load;

import be.buddytrajectories.host.browser.Browser;
import be.buddytrajectories.host.browser.Page;
import be.buddytrajectories.host.people.DemoData;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * One coordinator in one headless Chromium, running the main journey: sign in, dashboard, register a newcomer
 * through the intake form, open his suggestions, propose a buddy, start the duo, log a contact, close the duo (so
 * that the buddy is free again for the next journey) and sign out. Every step waits for the element that shows it
 * worked and fails on an error notification, the server-error view or a refusal.
 */
final class CoordinatorSession {

    /** Ten browsers share two cores here: a step may take a while without anything being wrong. */
    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(90);
    private static final List<String> LANGUAGES = List.of("Engels", "Frans", "Arabisch", "Spaans");
    private static final List<String> PLACES = List.of("9000 Gent", "9030 Mariakerke", "9040 Sint-Amandsberg",
            "9050 Ledeberg", "9820 Merelbeke");
    private static final List<String> PROBLEMS = List.of("buddy-problem", "server-error", "permission-denied",
            "buddy-access-denied", "buddy-refused");
    private static final Pattern DUO_URL = Pattern.compile("/buddy/duos/(\\d+)");
    /** The refusal a coordinator gets when another just took the buddy's last place (DomainMessages_nl). */
    private static final Pattern BUDDY_FULL = Pattern.compile("Buddy \\d+ heeft al \\d+ duo\\('s\\), zijn maximum\\.");
    static final int CONTACT_MINUTES = 90;

    private final ChromeDriver browser;
    private final Page page;
    private final int session;
    private final StepTimes times = new StepTimes();
    private int refusals;

    /** What one journey wrote: the newcomer's name and his duo. */
    record Written(String firstName, String lastName, long duoId) {
    }

    CoordinatorSession(ChromeDriver browser, int port, int session) {
        this.browser = browser;
        this.page = new Page(browser, "http://localhost:" + port + "/", STEP_TIMEOUT);
        this.session = session;
    }

    StepTimes times() {
        return times;
    }

    /** Proposals refused because another session had just taken the buddy's last place. */
    int refusals() {
        return refusals;
    }

    /** Round {@code round} of the journey; each round registers a newcomer of its own. */
    Written journey(int round) throws Exception {
        String firstName = "Nour";
        String lastName = "Load" + letters(session) + "r" + letters(round);
        step("signIn", () -> {
            page.signIn("coordinator", DemoData.COORDINATOR_PASSWORD);
            return null;
        });
        step("dashboard", () -> {
            page.open("buddy");
            return page.visible("buddy-waiting-chart");
        });
        step("intake", () -> {
            page.open("buddy/intake");
            page.type("buddy-intake-first-name", firstName);
            page.type("buddy-intake-last-name", lastName);
            page.pick("buddy-intake-gender", "vrouw");
            page.pick("buddy-intake-place", PLACES.get((session + round) % PLACES.size()));
            page.pick("buddy-intake-languages", LANGUAGES.get(session % LANGUAGES.size()));
            page.pick("buddy-intake-dutch-level", "A2");
            page.click(browser.findElement(By.cssSelector("#buddy-intake-goals vaadin-checkbox")));
            page.pick("buddy-intake-family", "alleenstaand");
            page.click(browser.findElement(By.cssSelector("#buddy-intake-consent")));
            page.click(page.visible("buddy-intake-save"));
            return page.waiting().until(
                    d -> (firstName + " " + lastName).equals(page.visible("buddy-newcomer-name").getText()));
        });
        step("suggestions", () -> {
            page.click(page.visible("buddy-find-buddy"));
            return firstSuggestions();
        });
        long duoId = step("propose", () -> {
            // Sessions register alike newcomers at the same moment: each takes another of the top suggestions, as
            // coordinators sharing a pool would. Should two still ask for a buddy's last place at once, the second
            // is told so (a refusal, not an error) and takes the next suggestion.
            for (int attempt = 0; attempt < 5; attempt++) {
                List<WebElement> cards = firstSuggestions();
                WebElement chosen = cards.get((session + attempt) % cards.size());
                String volunteerId = chosen.getDomAttribute("id").substring("buddy-suggestion-".length());
                page.click(page.visible("buddy-propose-" + volunteerId));
                page.waiting().until(d -> !d.findElements(By.id("buddy-problem")).isEmpty()
                        || "voorgesteld".equals(text("buddy-duo-status")));
                if (browser.findElements(By.id("buddy-problem")).isEmpty()) {
                    Matcher url = DUO_URL.matcher(browser.getCurrentUrl());
                    if (!url.find()) {
                        throw new AssertionError("the duo's page has no id in its address: " + browser.getCurrentUrl());
                    }
                    return Long.parseLong(url.group(1));
                }
                String problem = notificationText();
                if (!BUDDY_FULL.matcher(problem).find()) {
                    throw new AssertionError("proposing buddy " + volunteerId + " was refused: " + problem);
                }
                refusals++;
                browser.navigate().refresh();
            }
            throw new AssertionError("every buddy proposed was taken meanwhile");
        });
        step("startDuo", () -> {
            page.click(page.visible("buddy-accept"));
            page.type("buddy-agreement-goals", "Nederlands oefenen en Gent leren kennen");
            page.type("buddy-agreement-rhythm", "elke week");
            page.type("buddy-agreement-contact-person", "Ilse Verstraete");
            page.click(page.visible("buddy-start"));
            return page.waiting().until(d -> "actief".equals(page.visible("buddy-duo-status").getText()));
        });
        step("logContact", () -> {
            WebElement minutes = page.visible("buddy-contact-minutes").findElement(By.tagName("input"));
            minutes.sendKeys(Keys.chord(Keys.CONTROL, "a"), Integer.toString(CONTACT_MINUTES), Keys.TAB);
            page.pick("buddy-contact-activity", "Wandelen");
            page.click(page.visible("buddy-contact-save"));
            return page.waiting().until(d -> "1,5 van 40 uur".equals(page.visible("buddy-hours-text").getText()));
        });
        step("closeDuo", () -> {
            page.pick("buddy-close-reason", "verhuisd");
            page.click(page.visible("buddy-close"));
            return page.visible("buddy-duo-closed");
        });
        step("signOut", () -> {
            if (browser.getPageSource().contains("Exception")) {
                throw new AssertionError("the page shows an exception");
            }
            page.click(page.visible("sign-out"));
            return page.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        });
        return new Written(firstName, lastName, duoId);
    }

    /** Signs in and opens the dashboard through the menu, in one UI, as a coordinator starts the day. */
    void signInAndOpenDashboard() {
        page.signIn("coordinator", DemoData.COORDINATOR_PASSWORD);
        page.click(page.visible("nav-buddy"));
        page.visible("buddy-waiting-chart");
        noProblem();
    }

    /** Forgets the session cookie (of the host's page it is on) and leaves, so that the next visit is a new session. */
    void leave() {
        browser.manage().deleteAllCookies();
        browser.get("about:blank");
    }

    private <T> T step(String name, Callable<T> work) throws Exception {
        long begin = System.nanoTime();
        T result;
        try {
            result = work.call();
            noProblem();
        } catch (Exception | AssertionError e) {
            Browser.screenshot(browser, "load-error-session" + session + "-" + name);
            throw new AssertionError("session " + session + ", step " + name + " at " + browser.getCurrentUrl()
                    + ": " + e.getMessage(), e);
        }
        times.record(name, System.nanoTime() - begin);
        return result;
    }

    private void noProblem() {
        for (String id : PROBLEMS) {
            if (!browser.findElements(By.id(id)).isEmpty()) {
                throw new AssertionError("the page shows " + id + ": " + notificationText());
            }
        }
    }

    private String notificationText() {
        return browser.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .map(WebElement::getText).reduce("", (a, b) -> a + " | " + b);
    }

    /** The element's text, or empty while it is not on the page. */
    private String text(String id) {
        List<WebElement> found = browser.findElements(By.id(id));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    /** The suggestion cards once the list is shown; the demo index is filled while the host starts. */
    private List<WebElement> firstSuggestions() {
        for (int attempt = 0; attempt < 10; attempt++) {
            List<WebElement> cards = page.waiting().until(d -> {
                List<WebElement> found = d.findElements(By.cssSelector(".buddy-suggestion"));
                return found.isEmpty() && d.findElements(By.id("buddy-suggestion-list")).isEmpty() ? null : found;
            });
            if (!cards.isEmpty()) {
                return cards;
            }
            browser.navigate().refresh();
        }
        throw new AssertionError("no suggestions");
    }

    /** A number as letters (0 → a, 27 → bb), so that names stay names. */
    static String letters(int number) {
        StringBuilder out = new StringBuilder();
        int n = number;
        do {
            out.insert(0, (char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return out.toString();
    }
}
