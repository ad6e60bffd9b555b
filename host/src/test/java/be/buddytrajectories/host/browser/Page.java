package be.buddytrajectories.host.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser on one host, as the journeys use it: sign in, open a path, and find, click, type into and pick from
 * elements by id, each waiting for its element up to the timeout.
 */
public final class Page {

    private static final Duration POLLING = Duration.ofMillis(100);

    private final ChromeDriver browser;
    private final String baseUrl;
    private final Duration timeout;

    /** {@code baseUrl} ends with a slash, such as {@code http://localhost:8080/}. */
    public Page(ChromeDriver browser, String baseUrl, Duration timeout) {
        this.browser = browser;
        this.baseUrl = baseUrl;
        this.timeout = timeout;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    public void open(String path) {
        browser.get(url(path));
    }

    /** Fills in and submits the sign-in form without waiting for the outcome, which may be a refusal. */
    public void submitSignIn(String username, String password) {
        open("login");
        WebElement form = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        waiting().until(d -> form.findElements(By.cssSelector("input[name=username]")).size() == 1);
        form.findElement(By.cssSelector("input[name=username]")).sendKeys(username);
        form.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
        form.findElement(By.cssSelector("vaadin-button[slot=submit]")).click();
    }

    /** Signs in and waits for the menu. */
    public void signIn(String username, String password) {
        submitSignIn(username, password);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
    }

    /**
     * Views re-render after a change, so an element read in a condition may be replaced meanwhile. Checked every
     * 100 ms rather than WebDriver's 500: a page that is ready is seen at once, which keeps the journeys short.
     */
    public WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, timeout, POLLING);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    public WebElement visible(String id) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    public void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        waiting().until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    public void type(String id, String text) {
        WebElement field = visible(id);
        By input = By.cssSelector("input, textarea");
        waiting().until(d -> !field.findElements(input).isEmpty());
        field.findElement(input).sendKeys(text);
        field.findElement(input).sendKeys(Keys.TAB);
    }

    /** Chooses an item of a (multi-select) combo box by its label. */
    public void pick(String id, String label) {
        WebElement box = visible(id);
        WebElement input = box.findElement(By.tagName("input"));
        click(input);
        input.sendKeys(label);
        By item = By.xpath("//*[self::vaadin-combo-box-item or self::vaadin-multi-select-combo-box-item]"
                + "[normalize-space(.)='" + label + "']");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(item)).click();
        if ("vaadin-multi-select-combo-box".equals(box.getTagName())) {
            input.sendKeys(Keys.ESCAPE);
        }
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(item));
    }
}
