package be.buddytrajectories.ui.calendar;

import be.buddytrajectories.core.calendar.CalendarFeedService;
import be.buddytrajectories.hostapi.HostInfo;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The calendar part of the buddy's self-service page. */
@ApplicationScoped
public class CalendarSection {

    private final CalendarFeedService feeds;
    private final HostInfo host;

    @Inject
    public CalendarSection(CalendarFeedService feeds, HostInfo host) {
        this.feeds = feeds;
        this.host = host;
    }

    /** The heading and the panel of the signed-in buddy's calendar feed. */
    public Component forSignedInBuddy() {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.add(new H3(section.getTranslation("buddy.calendar.title")), new CalendarFeedPanel(feeds, host));
        return section;
    }
}
