package be.buddytrajectories.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.hostapi.MenuEntry;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BuddyMenuTest {

    @Test
    void buddiesGetOnlyTheSelfServiceEntryAndAdminsTheAdministration() {
        List<MenuEntry> entries = new BuddyMenu().menuEntries(Locale.forLanguageTag("nl"));

        assertThat(entries).filteredOn(e -> e.requiredPermission().equals("buddy.buddy"))
                .extracting(MenuEntry::path).containsExactly("buddy/me");
        assertThat(entries).filteredOn(e -> e.requiredPermission().equals("buddy.admin"))
                .extracting(MenuEntry::path)
                .containsExactly("buddy/admin", "buddy/admin/index", "buddy/admin/audit", "buddy/admin/privacy",
                        "buddy/admin/mail", "buddy/admin/crm");
        assertThat(entries).filteredOn(e -> e.requiredPermission().equals("buddy.coordinator"))
                .extracting(MenuEntry::path)
                .containsExactly("buddy", "buddy/newcomers", "buddy/volunteers", "buddy/match-round", "buddy/trainings",
                        "buddy/reports", "buddy/signups", "buddy/handover");
    }

    @Test
    void entriesAreTitledInTheUsersLanguage() {
        assertThat(new BuddyMenu().menuEntries(Locale.ENGLISH)).extracting(MenuEntry::title).contains("My buddy");
        assertThat(new BuddyMenu().menuEntries(Locale.forLanguageTag("nl"))).extracting(MenuEntry::title)
                .contains("Mijn buddy");
    }

    @Test
    void dutchAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(keys("nl")).isEqualTo(keys("en"));
    }

    private static java.util.Set<Object> keys(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BuddyMenuTest.class.getResourceAsStream(
                "/be/buddytrajectories/ui/messages_" + language + ".properties")) {
            properties.load(in);
        }
        return properties.keySet();
    }
}
