package be.buddytrajectories.ui.spreadsheet;

import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.hostapi.BundleTranslations;
import be.buddytrajectories.hostapi.MenuContributor;
import be.buddytrajectories.hostapi.MenuEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/** The import and export screen in the host's navigation, for coordinators, after the trainings entry. */
@ApplicationScoped
class SpreadsheetMenu implements MenuContributor {

    static final int ORDER = 1050;

    private final BundleTranslations translations = new BundleTranslations(List.of(SpreadsheetTranslations.BASE_NAME));

    @Override
    public List<MenuEntry> menuEntries(Locale locale) {
        return List.of(new MenuEntry(SpreadsheetView.ROUTE, translations.getTranslation("buddy.spreadsheet.menu", locale),
                "vaadin:table", Permission.COORDINATOR.key(), ORDER,
                translations.getTranslation("buddy.spreadsheet.menu.about", locale)));
    }
}
