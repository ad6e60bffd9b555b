package be.buddytrajectories.host.layout;

import be.buddytrajectories.hostapi.CurrentUser;
import be.buddytrajectories.hostapi.HostInfo;
import be.buddytrajectories.hostapi.MenuContributor;
import be.buddytrajectories.hostapi.MenuEntry;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The start page after sign-in: a card for each screen the user's roles open, with what it is for, so that a
 * coordinator, an admin and a buddy each see where their work is.
 */
@Route("")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public HomeView(CurrentUser user, HostInfo host, Instance<MenuContributor> contributors) {
        setId("home-view");
        Div cards = new Div();
        cards.setId("home-screens");
        cards.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(16em, 1fr))")
                .set("gap", "var(--lumo-space-m)").set("width", "100%");
        Navigation.openTo(user, contributors, this).stream().filter(entry -> !entry.path().isEmpty())
                .map(this::card).forEach(cards::add);
        Paragraph version = new Paragraph(host.name() + " " + host.version() + " · host-api " + host.hostApiVersion());
        version.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(new H2(getTranslation("host.home.welcome", user.username().orElse(""))),
                new Paragraph(getTranslation("host.home.text")), cards, version);
    }

    private Anchor card(MenuEntry entry) {
        Span title = new Span(entry.title());
        title.getStyle().set("font-weight", "600");
        Div heading = new Div();
        if (entry.icon() != null) {
            heading.add(Navigation.icon(entry));
        }
        heading.add(title);
        heading.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center");
        Anchor card = new Anchor("/" + entry.path(), heading);
        if (entry.description() != null) {
            Paragraph about = new Paragraph(entry.description());
            about.getStyle().set("margin", "var(--lumo-space-xs) 0 0").set("color", "var(--lumo-secondary-text-color)");
            card.add(about);
        }
        card.setId(Navigation.id("home", entry));
        card.getStyle().set("display", "block").set("padding", "var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("text-decoration", "none").set("color", "inherit");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("host.title");
    }
}
