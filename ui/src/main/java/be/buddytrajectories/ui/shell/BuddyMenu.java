package be.buddytrajectories.ui.shell;

import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.hostapi.BundleTranslations;
import be.buddytrajectories.hostapi.MenuContributor;
import be.buddytrajectories.hostapi.MenuEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/** The plugin's entries in the host's navigation. */
@ApplicationScoped
class BuddyMenu implements MenuContributor {

    private final BundleTranslations translations = new BundleTranslations(List.of(BuddyTranslations.BASE_NAME));

    @Override
    public List<MenuEntry> menuEntries(Locale locale) {
        return List.of(new MenuEntry("buddy", translations.getTranslation("buddy.menu.trajectories", locale),
                "vaadin:handshake", Permission.COORDINATOR.key(), 1000));
    }
}
