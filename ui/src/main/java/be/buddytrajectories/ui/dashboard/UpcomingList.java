package be.buddytrajectories.ui.dashboard;

import be.buddytrajectories.core.activity.ActivityAnnouncement;
import be.buddytrajectories.core.training.TrainingSession;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Labels;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** Upcoming training sessions and group activities, soonest first. */
class UpcomingList extends UnorderedList {

    UpcomingList(List<TrainingSession> sessions, List<ActivityAnnouncement> activities) {
        setId("buddy-upcoming");
        sessions.forEach(s -> add(new ListItem(Formats.date(this, s.heldOn()) + " · " + Labels.of(this, s.kind())
                + " · " + s.title())));
        activities.forEach(a -> add(new ListItem(Formats.date(this, a.heldOn()) + " · "
                + getTranslation("buddy.activity.group") + " · " + a.title())));
        if (sessions.isEmpty() && activities.isEmpty()) {
            add(new ListItem(getTranslation("buddy.upcoming.none")));
        }
    }
}
