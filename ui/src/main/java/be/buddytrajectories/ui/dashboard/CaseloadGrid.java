package be.buddytrajectories.ui.dashboard;

import be.buddytrajectories.core.caseload.CaseloadEntry;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.ui.duo.DuoView;
import be.buddytrajectories.ui.handover.CoordinatorNames;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Labels;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The signed-in coordinator's open trajectories with hours, next check-in and alerts. */
class CaseloadGrid extends Grid<CaseloadEntry> {

    /** @param coordinators names of the absent coordinators whose duos the reader covers */
    CaseloadGrid(List<CaseloadEntry> caseload, Map<Long, Person> people, CoordinatorNames coordinators) {
        setId("buddy-caseload");
        addComponentColumn(c -> {
            RouterLink link = new RouterLink(name(people, c.newcomerId()), DuoView.class, c.trajectoryId());
            if (c.coveredFor() == null) {
                return link;
            }
            // A covered duo stays the absent coordinator's: the badge says whose it is.
            Span covered = new Span(getTranslation("buddy.cover.coveredFor", coordinators.of(c.coveredFor())));
            covered.setId("buddy-caseload-covered-" + c.trajectoryId());
            covered.getElement().getThemeList().add("badge contrast small");
            covered.getStyle().set("margin-left", "var(--lumo-space-s)");
            return new Span(link, covered);
        }).setHeader(getTranslation("buddy.newcomer.name"));
        addColumn(c -> c.buddyIds().stream().map(id -> name(people, id)).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("buddy.duo.buddies"));
        addColumn(c -> Labels.of(this, c.status())).setHeader(getTranslation("buddy.duo.status"));
        addComponentColumn(c -> {
            ProgressBar bar = new ProgressBar(0, Math.max(1, c.hoursTarget()), Math.min(c.hours(), Math.max(1, c.hoursTarget())));
            bar.setWidth("6em");
            return bar;
        }).setHeader(getTranslation("buddy.caseload.hours"));
        addColumn(c -> Formats.date(this, c.nextCheckIn())).setHeader(getTranslation("buddy.caseload.nextCheckIn"));
        addColumn(c -> c.alerts().stream().map(a -> Labels.of(this, a)).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("buddy.caseload.alerts"));
        setItems(caseload);
        setAllRowsVisible(true);
    }

    private static String name(Map<Long, Person> people, long id) {
        Person person = people.get(id);
        return person == null ? "#" + id : person.displayName();
    }
}
