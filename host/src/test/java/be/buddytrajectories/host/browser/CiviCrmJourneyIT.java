package be.buddytrajectories.host.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.host.Main;
import be.buddytrajectories.host.RunningHost;
import be.buddytrajectories.host.TestHostConfigs;
import be.buddytrajectories.host.people.DemoData;
import be.buddytrajectories.host.people.HostPeople;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The README's CiviCRM command, followed in headless Chromium: a host with {@code host.people=civicrm} and demo data
 * on an empty MariaDB database creates a CiviCRM site, and the coordinator works with its contacts.
 */
class CiviCrmJourneyIT {

    @Test
    void theCoordinatorSeesCiviCrmsVolunteersAndNewcomersAndFindsOneOnThePeopleScreen() throws Exception {
        Path dataDir = Files.createTempDirectory("host-civicrm-it");
        try (TestDatabases.TestDatabase db = TestDatabases.mariadb();
             RunningHost host = Main.start(TestHostConfigs.on(dataDir, db.url(), db.user(), db.password(), true)
                     .withPeople(HostPeople.CIVICRM))) {
            ChromeDriver browser = Browser.open(1280, 900);
            try {
                Page page = new Page(browser, "http://localhost:" + host.port() + "/", Duration.ofSeconds(30));
                page.signIn("coordinator", DemoData.COORDINATOR_PASSWORD);

                page.open("buddy");
                WebElement volunteers = page.waiting().until(
                        ExpectedConditions.visibilityOfElementLocated(By.id("buddy-volunteer-count")));
                assertThat(volunteers.getText()).isEqualTo(String.valueOf(DemoData.VOLUNTEERS));
                assertThat(browser.findElement(By.id("buddy-newcomer-count")).getText())
                        .isEqualTo(String.valueOf(DemoData.NEWCOMERS));

                page.open("people");
                WebElement grid = page.waiting().until(
                        ExpectedConditions.presenceOfElementLocated(By.id("people-grid")));
                page.waiting().until(d -> grid.getText().contains("Gent"));
                Browser.screenshot(browser, "civicrm-people");
            } finally {
                browser.quit();
            }
        }
    }
}
