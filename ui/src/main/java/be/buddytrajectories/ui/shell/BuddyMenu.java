package be.buddytrajectories.ui.shell;

import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.hostapi.BundleTranslations;
import be.buddytrajectories.hostapi.MenuContributor;
import be.buddytrajectories.hostapi.MenuEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/** The plugin's entries in the host's navigation, each shown only to the users whose permission opens it. */
@ApplicationScoped
class BuddyMenu implements MenuContributor {

    private final BundleTranslations translations = new BundleTranslations(List.of(BuddyTranslations.BASE_NAME));

    @Override
    public List<MenuEntry> menuEntries(Locale locale) {
        String coordinator = Permission.COORDINATOR.key();
        String admin = Permission.ADMIN.key();
        return List.of(
                entry("buddy", "buddy.menu.trajectories", "vaadin:handshake", coordinator, 1000, locale),
                entry("buddy/newcomers", "buddy.menu.newcomers", "vaadin:user-heart", coordinator, 1010, locale),
                entry("buddy/volunteers", "buddy.menu.volunteers", "vaadin:users", coordinator, 1020, locale),
                entry("buddy/match-round", "buddy.menu.matchRound", "vaadin:connect", coordinator, 1030, locale),
                entry("buddy/trainings", "buddy.menu.trainings", "vaadin:academy-cap", coordinator, 1040, locale),
                entry("buddy/reports", "buddy.menu.reports", "vaadin:chart", coordinator, 1050, locale),
                entry("buddy/signups", "buddy.menu.signups", "vaadin:inbox", coordinator, 1060, locale),
                entry("buddy/handover", "buddy.menu.handover", "vaadin:exchange", coordinator, 1070, locale),
                entry("buddy/me", "buddy.menu.me", "vaadin:heart", Permission.BUDDY.key(), 1100, locale),
                entry("buddy/admin", "buddy.menu.settings", "vaadin:cogs", admin, 1200, locale),
                entry("buddy/admin/index", "buddy.menu.index", "vaadin:search", admin, 1210, locale),
                entry("buddy/admin/audit", "buddy.menu.audit", "vaadin:archive", admin, 1220, locale),
                entry("buddy/admin/privacy", "buddy.menu.privacy", "vaadin:user-check", admin, 1230, locale),
                entry("buddy/admin/mail", "buddy.menu.mail", "vaadin:envelope", admin, 1240, locale),
                entry("buddy/admin/crm", "buddy.menu.crm", "vaadin:exchange", admin, 1250, locale));
    }

    /** The entry titled by {@code titleKey} and described by {@code titleKey.about}. */
    private MenuEntry entry(String path, String titleKey, String icon, String permission, int order, Locale locale) {
        return new MenuEntry(path, translations.getTranslation(titleKey, locale), icon, permission, order,
                translations.getTranslation(titleKey + ".about", locale));
    }
}
