package be.buddytrajectories.ui.calendar;

import be.buddytrajectories.core.calendar.CalendarFeedService;
import be.buddytrajectories.core.token.RequestRateLimit;
import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Registers the calendar feed's request handler when Vaadin's service starts (vaadin-cdi fires the event). */
@ApplicationScoped
public class AgendaEndpoint {

    private final CalendarFeedService feeds;
    private final RequestRateLimit limit;

    @Inject
    public AgendaEndpoint(CalendarFeedService feeds, RequestRateLimit limit) {
        this.feeds = feeds;
        this.limit = limit;
    }

    void register(@Observes ServiceInitEvent event) {
        event.addRequestHandler(new AgendaRequestHandler(feeds, limit));
    }
}
