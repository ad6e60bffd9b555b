package be.buddytrajectories.ui.dashboard;

import be.buddytrajectories.core.alerts.Alert;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.ui.duo.DuoView;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Labels;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;

/** What needs attention today, each alert linking to its duo. */
class AlertList extends UnorderedList {

    AlertList(List<Alert> alerts, Map<Long, Person> newcomers) {
        setId("buddy-alerts");
        for (Alert alert : alerts) {
            Person newcomer = newcomers.get(alert.newcomerId());
            RouterLink link = new RouterLink(newcomer == null ? "#" + alert.newcomerId() : newcomer.displayName(),
                    DuoView.class, alert.trajectoryId());
            link.setId("buddy-alert-" + alert.trajectoryId() + "-" + alert.kind().name());
            Span kind = new Span(Labels.of(this, alert.kind()));
            kind.getElement().getThemeList().add(alert.kind().name().endsWith("REACHED") ? "badge success" : "badge error");
            kind.getStyle().set("margin", "0 var(--lumo-space-s)");
            add(new ListItem(link, kind, new Span(getTranslation("buddy.alert.since", Formats.date(this, alert.since())))));
        }
        if (alerts.isEmpty()) {
            add(new ListItem(getTranslation("buddy.alert.none")));
        }
    }
}
