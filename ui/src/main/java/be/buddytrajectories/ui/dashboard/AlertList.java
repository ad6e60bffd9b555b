package be.buddytrajectories.ui.dashboard;

import be.buddytrajectories.core.alerts.Alert;
import be.buddytrajectories.core.alerts.AlertKind;
import be.buddytrajectories.core.alerts.BuddyAlert;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.ui.duo.DuoView;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Labels;
import be.buddytrajectories.ui.volunteers.VolunteerProfileView;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;

/** What needs attention today, each alert linking to its duo (a screening alert to the buddy's profile). */
class AlertList extends UnorderedList {

    /**
     * @param people  the newcomers of the duo alerts and the buddies of the screening alerts
     * @param covered names of the absent coordinators whose duos the reader covers today, by id
     */
    AlertList(List<Alert> alerts, List<BuddyAlert> buddyAlerts, Map<Long, Person> people, Map<Long, String> covered) {
        setId("buddy-alerts");
        for (Alert alert : alerts) {
            Person newcomer = people.get(alert.newcomerId());
            RouterLink link = new RouterLink(newcomer == null ? "#" + alert.newcomerId() : newcomer.displayName(),
                    DuoView.class, alert.trajectoryId());
            link.setId("buddy-alert-" + alert.trajectoryId() + "-" + alert.kind().name());
            Span kind = new Span(Labels.of(this, alert.kind()));
            kind.getElement().getThemeList().add(alert.kind().name().endsWith("REACHED") ? "badge success" : "badge error");
            kind.getStyle().set("margin", "0 var(--lumo-space-s)");
            ListItem item = new ListItem(link, kind, new Span(getTranslation("buddy.alert.since",
                    Formats.date(this, alert.since()))));
            if (alert.coordinatorId() != null && covered.containsKey(alert.coordinatorId())) {
                Span cover = new Span(getTranslation("buddy.cover.coveredFor", covered.get(alert.coordinatorId())));
                cover.setId("buddy-alert-covered-" + alert.trajectoryId() + "-" + alert.kind().name());
                cover.getElement().getThemeList().add("badge contrast");
                cover.getStyle().set("margin-left", "var(--lumo-space-s)");
                item.add(cover);
            }
            add(item);
        }
        for (BuddyAlert alert : buddyAlerts) {
            Person buddy = people.get(alert.volunteerId());
            RouterLink link = new RouterLink(buddy == null ? "#" + alert.volunteerId() : buddy.displayName(),
                    VolunteerProfileView.class, alert.volunteerId());
            link.setId("buddy-alert-buddy-" + alert.volunteerId() + "-" + alert.kind().name());
            Span kind = new Span(Labels.of(this, alert.kind()));
            kind.getElement().getThemeList().add(alert.kind() == AlertKind.SCREENING_EXPIRED ? "badge error" : "badge");
            kind.getStyle().set("margin", "0 var(--lumo-space-s)");
            add(new ListItem(link, kind, new Span(getTranslation(alert.kind() == AlertKind.SCREENING_EXPIRED
                    ? "buddy.alert.expiredOn" : "buddy.alert.expiresOn", Formats.date(this, alert.on())))));
        }
        if (alerts.isEmpty() && buddyAlerts.isEmpty()) {
            add(new ListItem(getTranslation("buddy.alert.none")));
        }
    }
}
