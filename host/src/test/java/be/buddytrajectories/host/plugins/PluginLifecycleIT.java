package be.buddytrajectories.host.plugins;

import static be.buddytrajectories.host.plugins.TestArchives.realArchive;
import static be.buddytrajectories.host.plugins.TestArchives.upgradeWithProbeTable;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.host.browser.Browser;
import be.buddytrajectories.host.people.DemoData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The life of the real plugin in a host run by {@code bin/host}, step by step as an admin goes through it:
 * install from the command line, upgrade through the admin screen's "restart now", disable and enable,
 * uninstall keeping and then removing the data. The steps share one installation, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PluginLifecycleIT {

    private static final String ID = "buddy-trajectories";
    private static final Set<String> BACKGROUND_WORK = Set.of("BUDDY_INDEX_OUTBOX", "BUDDY_INDEX_SEQUENCE",
            "BUDDY_INDEX_HOST", "BUDDY_PEOPLE_FEED", "BUDDY_JOB", "BUDDY_JOB_RUN");

    // Static: the steps share them, and @BeforeAll needs them.
    @TempDir
    static Path home;
    @TempDir
    static Path archives;

    private InstalledHost host;
    private ChromeDriver browser;
    private Map<String, String> pluginDataBeforeUpgrade;
    private int hostPeople;

    @BeforeAll
    void install() throws Exception {
        host = InstalledHost.in(home);
        browser = Browser.open(1280, 900);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        host.close();
    }

    @Test
    @Order(1)
    void anArchiveInstalledFromTheCommandLineBringsItsMenuAfterTheStart() throws Exception {
        InstalledHost.CommandResult install = host.plugin("install", realArchive().toString());
        assertThat(install.exitCode()).as(install.output()).isZero();
        assertThat(install.output()).contains("is checked and staged").contains(PluginArchive.sha256(realArchive()));
        assertThat(host.plugin("list").output()).contains(ID).contains("PENDING_RESTART (install)");
        Path notes = Files.writeString(archives.resolve("notes.zip"), "not an archive");
        InstalledHost.CommandResult refused = host.plugin("install", notes.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.output().strip()).isEqualTo(
                "Refused: this file is not a plugin archive (a .zip file). Nothing was changed.");

        host.start();

        assertThat(host.plugin("list").output()).contains("ACTIVE").doesNotContain("PENDING");
        assertThat(menuOf("coordinator", DemoData.COORDINATOR_PASSWORD)).contains("Buddytrajecten");
        hostPeople = count("host_person");
        assertThat(hostPeople).isEqualTo(DemoData.VOLUNTEERS + DemoData.NEWCOMERS);
    }

    @Test
    @Order(2)
    void anUpgradeStagedOnTheAdminScreenRunsItsNewChangesetAtRestartNowAndKeepsTheData() throws Exception {
        pluginDataBeforeUpgrade = pluginData();
        assertThat(pluginDataBeforeUpgrade).containsKey("BUDDY_PROGRAMME_SETTINGS");
        // The plugin seeds a demo programme (duos in every state, with contacts) when the host has demo data.
        for (String table : List.of("BUDDY_PROGRAMME_SETTINGS", "BUDDY_TRAJECTORY", "BUDDY_CONTACT")) {
            assertThat(pluginDataBeforeUpgrade.get(table)).as(table).isNotNull().isNotEqualTo("0 rows");
        }
        Path upgrade = upgradeWithProbeTable("0.2.0", archives);
        assertThat(host.plugin("install", upgrade.toString()).exitCode()).isZero();
        int ready = host.readyCount();

        signIn("admin", DemoData.ADMIN_PASSWORD);
        browser.get(host.url("plugins"));
        WebElement restart = waiting().until(ExpectedConditions.elementToBeClickable(By.id("plugins-restart")));
        waiting().until(d -> d.getPageSource().contains("Herstart nodig"));
        assertThat(browser.getPageSource()).contains("0.1.0-SNAPSHOT → 0.2.0").contains(PluginArchive.sha256(upgrade));
        restart.click();
        host.awaitReady(ready + 1);

        assertThat(host.logText()).contains("restart requested");
        assertThat(host.plugin("list").output()).contains("0.2.0").contains("ACTIVE");
        InstalledHost.CommandResult downgrade = host.plugin("install", realArchive().toString());
        assertThat(downgrade.exitCode()).isEqualTo(1);
        assertThat(downgrade.output()).contains("0.1.0-SNAPSHOT is older than the installed version 0.2.0");
        assertThat(tables()).contains("BUDDY_UPGRADE_PROBE");
        Map<String, String> after = pluginData();
        after.remove("BUDDY_UPGRADE_PROBE");
        assertThat(after).as("every row of every plugin table is kept, duos and contacts included")
                .isEqualTo(withoutChangelog(pluginDataBeforeUpgrade, after));
        assertThat(count("host_person")).isEqualTo(hostPeople);
        assertThat(menuOf("coordinator", DemoData.COORDINATOR_PASSWORD)).contains("Buddytrajecten");
    }

    @Test
    @Order(3)
    void aDisabledPluginLeavesTheMenuUntilItIsEnabledAgain() throws Exception {
        assertThat(host.plugin("disable", ID).exitCode()).isZero();
        host.restart();

        assertThat(host.plugin("list").output()).contains("DISABLED");
        assertThat(Files.exists(host.pluginsDir().resolve(ID).resolve("DISABLED"))).isTrue();
        assertThat(menuOf("coordinator", DemoData.COORDINATOR_PASSWORD)).doesNotContain("Buddytrajecten");

        assertThat(host.plugin("enable", ID).exitCode()).isZero();
        host.restart();

        assertThat(host.plugin("list").output()).contains("ACTIVE");
        assertThat(menuOf("coordinator", DemoData.COORDINATOR_PASSWORD)).contains("Buddytrajecten");
    }

    @Test
    @Order(4)
    void uninstallKeepingDataLeavesTheTablesAndRemovingDataDropsThemButNeverTheHosts() throws Exception {
        Map<String, String> before = pluginData();
        assertThat(host.plugin("uninstall", ID).exitCode()).isZero();
        host.restart();

        assertThat(host.plugin("list").output()).contains("No plugins are installed.");
        assertThat(Files.exists(host.pluginsDir().resolve(ID))).isFalse();
        assertThat(pluginData()).as("data kept").isEqualTo(before);
        assertThat(menuOf("coordinator", DemoData.COORDINATOR_PASSWORD)).doesNotContain("Buddytrajecten");

        assertThat(host.plugin("install", upgradeWithProbeTable("0.2.0", archives).toString()).exitCode()).isZero();
        host.restart();
        Path pluginData = host.dataDir().resolve("plugins").resolve(ID);
        Files.createDirectories(pluginData);
        Files.writeString(pluginData.resolve("index-marker"), "a file the plugin keeps");
        List<String> hostTables = tables().stream().filter(t -> t.startsWith("HOST_")).toList();

        assertThat(host.plugin("uninstall", ID, "--remove-data").exitCode()).isZero();
        host.restart();

        assertThat(tables()).as("no table with the plugin's prefix").noneMatch(t -> t.startsWith("BUDDY_"))
                .containsAll(hostTables);
        assertThat(count("host_person")).isEqualTo(hostPeople);
        assertThat(count("host_user")).isEqualTo(3);
        assertThat(Files.exists(pluginData)).as("the plugin's data directory").isFalse();
        assertThat(host.plugin("list").output()).contains("No plugins are installed.");
    }

    /** The changelog gains the new changeset's row; every other table must be as it was. */
    private static Map<String, String> withoutChangelog(Map<String, String> before, Map<String, String> after) {
        Map<String, String> expected = new TreeMap<>(before);
        expected.put("BUDDY_DATABASECHANGELOG", after.get("BUDDY_DATABASECHANGELOG"));
        expected.put("BUDDY_DATABASECHANGELOGLOCK", after.get("BUDDY_DATABASECHANGELOGLOCK"));
        return expected;
    }

    /**
     * Every plugin table with its rows, as text, to compare before and after. The index outbox with its positions
     * and hosts, the position in the host's people changes and the background jobs are left out: the plugin moves them
     * in the background, so they are work in progress rather than data.
     */
    private Map<String, String> pluginData() throws Exception {
        Map<String, String> data = new TreeMap<>();
        try (Connection c = host.database(); Statement s = c.createStatement()) {
            for (String table : tables()) {
                if (!table.startsWith("BUDDY_") || BACKGROUND_WORK.contains(table)) {
                    continue;
                }
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("select * from " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append(meta.getColumnName(i)).append('=').append(rs.getString(i)).append(';');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                data.put(table, rows.isEmpty() ? "0 rows" : String.join("\n", rows));
            }
        }
        return data;
    }

    private List<String> tables() throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection c = host.database(); ResultSet rs = c.createStatement().executeQuery(
                "select table_name from information_schema.tables where table_schema = 'PUBLIC'")) {
            while (rs.next()) {
                tables.add(rs.getString(1).toUpperCase(Locale.ROOT));
            }
        }
        return tables;
    }

    private int count(String table) throws Exception {
        try (Connection c = host.database(); ResultSet rs = c.createStatement().executeQuery(
                "select count(*) from " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(100));
    }

    private void signIn(String username, String password) {
        browser.manage().deleteAllCookies();
        browser.get(host.url("login"));
        WebElement form = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        waiting().until(d -> form.findElements(By.cssSelector("input[name=username]")).size() == 1);
        form.findElement(By.cssSelector("input[name=username]")).sendKeys(username);
        form.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
        form.findElement(By.cssSelector("vaadin-button[slot=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
    }

    private List<String> menuOf(String username, String password) {
        signIn(username, password);
        return browser.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .map(WebElement::getText).map(String::trim).toList();
    }
}
