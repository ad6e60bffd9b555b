package be.buddytrajectories.host.layout;

import be.buddytrajectories.hostapi.CurrentUser;
import be.buddytrajectories.hostapi.HostInfo;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/** The start page after sign-in. */
@Route("")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public HomeView(CurrentUser user, HostInfo host) {
        setId("home-view");
        add(new H2(getTranslation("host.home.welcome", user.username().orElse(""))),
                new Paragraph(getTranslation("host.home.text")),
                new Paragraph(host.name() + " " + host.version() + " · host-api " + host.hostApiVersion()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("host.title");
    }
}
