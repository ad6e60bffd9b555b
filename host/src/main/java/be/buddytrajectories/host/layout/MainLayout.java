package be.buddytrajectories.host.layout;

import be.buddytrajectories.host.security.AccessControl;
import be.buddytrajectories.host.security.SessionUser;
import be.buddytrajectories.host.security.UserAccounts;
import be.buddytrajectories.hostapi.BundleTranslations;
import be.buddytrajectories.hostapi.CurrentUser;
import be.buddytrajectories.hostapi.MenuContributor;
import be.buddytrajectories.hostapi.MenuEntry;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.TextRenderer;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Locale;

/** The host's frame: title, language choice, sign-out, and the navigation the user's permissions open. */
@Layout
public class MainLayout extends AppLayout {

    @Inject
    public MainLayout(CurrentUser user, Instance<MenuContributor> contributors, UserAccounts accounts) {
        Locale locale = user.locale();
        Span title = new Span(getTranslation("host.title"));
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        shrinksWithEllipsis(title);

        Select<Locale> language = new Select<>();
        language.setId("language-select");
        language.setItems(BundleTranslations.LOCALES);
        // The field shows the short code, so that it fits beside the rest on a phone; the list names the language.
        language.setItemLabelGenerator(l -> l.getLanguage().toUpperCase(Locale.ROOT));
        language.setRenderer(new TextRenderer<>(l -> l.getLanguage().equals("nl") ? "Nederlands" : "English"));
        language.setValue(BundleTranslations.supported(locale));
        language.setAriaLabel(getTranslation("host.language"));
        language.setWidth("5.5em");
        language.getStyle().set("flex-shrink", "0");
        language.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                SessionUser.signedIn().ifPresent(signedIn -> {
                    accounts.chooseLanguage(signedIn.userId(), event.getValue());
                    SessionUser.attach(signedIn.speaking(event.getValue()));
                });
                UI.getCurrent().getPage().reload();
            }
        });

        Button signOut = new Button(getTranslation("host.signOut"), e -> AccessControl.signOut());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.getStyle().set("flex-shrink", "0");

        Span userName = new Span(user.username().orElse(""));
        userName.setId("current-user");
        shrinksWithEllipsis(userName);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout tools = new HorizontalLayout(userName, language, signOut);
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        tools.getStyle().set("margin-left", "auto").set("padding-right", "var(--lumo-space-s)").set("min-width", "0");
        header.getStyle().set("min-width", "0");
        HorizontalLayout navbar = new HorizontalLayout(header, tools);
        navbar.setWidthFull();
        // One line on a phone too: the title and the user's name give way (ellipsis), the controls keep their size.
        navbar.getStyle().set("flex-wrap", "nowrap");
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        addToNavbar(navbar);
        addToDrawer(navigation(user, contributors));
        setPrimarySection(Section.DRAWER);
    }

    private static void shrinksWithEllipsis(Span text) {
        text.getStyle().set("white-space", "nowrap").set("overflow", "hidden").set("text-overflow", "ellipsis")
                .set("min-width", "0");
    }

    private SideNav navigation(CurrentUser user, Instance<MenuContributor> contributors) {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        for (MenuEntry entry : Navigation.openTo(user, contributors, this)) {
            SideNavItem item = new SideNavItem(entry.title(), "/" + entry.path());
            item.setId(Navigation.id("nav", entry));
            if (entry.icon() != null) {
                item.setPrefixComponent(Navigation.icon(entry));
            }
            nav.addItem(item);
        }
        return nav;
    }
}
