package be.buddytrajectories.host.layout;

import be.buddytrajectories.host.security.HostPermissions;
import be.buddytrajectories.hostapi.CurrentUser;
import be.buddytrajectories.hostapi.MenuContributor;
import be.buddytrajectories.hostapi.MenuEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.Icon;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The screens a user may open, the host's and the plugins', in menu order: the menu and the start page show them. */
final class Navigation {

    private Navigation() {
    }

    static List<MenuEntry> openTo(CurrentUser user, Instance<MenuContributor> contributors, Component owner) {
        List<MenuEntry> entries = new ArrayList<>();
        entries.add(new MenuEntry("", owner.getTranslation("host.menu.home"), "vaadin:home", "", 0));
        entries.add(new MenuEntry("people", owner.getTranslation("host.menu.people"), "vaadin:users",
                HostPermissions.PEOPLE, 100, owner.getTranslation("host.menu.people.about")));
        entries.add(new MenuEntry("users", owner.getTranslation("host.menu.users"), "vaadin:user-check",
                HostPermissions.ADMIN, 9_000, owner.getTranslation("host.menu.users.about")));
        entries.add(new MenuEntry("plugins", owner.getTranslation("host.menu.plugins"), "vaadin:plug",
                HostPermissions.ADMIN, 10_000, owner.getTranslation("host.menu.plugins.about")));
        contributors.forEach(c -> entries.addAll(c.menuEntries(user.locale())));
        return entries.stream()
                .filter(e -> e.requiredPermission().isEmpty() || user.hasPermission(e.requiredPermission()))
                .sorted(Comparator.comparingInt(MenuEntry::order))
                .toList();
    }

    /** The element id of an entry's link: {@code <prefix>-} and its path with {@code -} for {@code /}. */
    static String id(String prefix, MenuEntry entry) {
        return prefix + "-" + (entry.path().isEmpty() ? "home" : entry.path().replace('/', '-'));
    }

    static Icon icon(MenuEntry entry) {
        String[] icon = entry.icon().split(":");
        return new Icon(icon[0], icon[1]);
    }
}
