package be.buddytrajectories.ui.calendar;

import be.buddytrajectories.core.calendar.CalendarFeedService;
import be.buddytrajectories.hostapi.HostInfo;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Problems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * On the buddy's self-service page: his calendar feed. Making (or replacing) it shows the link once, to copy into a
 * calendar app; afterwards only the moment it was made is known.
 */
public class CalendarFeedPanel extends VerticalLayout {

    private final CalendarFeedService feeds;
    private final HostInfo host;

    public CalendarFeedPanel(CalendarFeedService feeds, HostInfo host) {
        this.feeds = feeds;
        this.host = host;
        setId("buddy-me-calendar");
        setPadding(false);
        render(null);
    }

    private void render(String token) {
        removeAll();
        add(new Paragraph(getTranslation("buddy.calendar.explain")));
        if (token != null) {
            TextField link = new TextField(getTranslation("buddy.calendar.link"));
            link.setId("buddy-me-calendar-link");
            link.setValue(host.link(CalendarFeedService.PATH + token + ".ics"));
            link.setReadOnly(true);
            link.setWidthFull();
            link.setHelperText(getTranslation("buddy.calendar.onceOnly"));
            add(link);
        }
        boolean active = feeds.mineSince().isPresent();
        Span status = new Span(feeds.mineSince()
                .map(since -> getTranslation("buddy.calendar.active", Formats.utcDateTime(this, since)))
                .orElseGet(() -> getTranslation("buddy.calendar.none")));
        status.setId("buddy-me-calendar-status");
        Button create = new Button(getTranslation(active ? "buddy.calendar.replace" : "buddy.calendar.create"),
                VaadinIcon.CALENDAR.create(), e -> attempt(() -> render(feeds.createMine(Formats.locale(this)))));
        create.setId("buddy-me-calendar-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setWidthFull();
        add(status, create);
        if (active) {
            Button revoke = new Button(getTranslation("buddy.calendar.revoke"), VaadinIcon.UNLINK.create(),
                    e -> attempt(() -> {
                        feeds.revokeMine();
                        render(null);
                    }));
            revoke.setId("buddy-me-calendar-revoke");
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            revoke.setWidthFull();
            add(revoke);
        }
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException refused) {
            Problems.show(this, refused);
        }
    }
}
