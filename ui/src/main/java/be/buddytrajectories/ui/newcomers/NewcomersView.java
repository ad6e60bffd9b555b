package be.buddytrajectories.ui.newcomers;

import be.buddytrajectories.core.access.Permission.Keys;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.core.trajectory.WaitingEntry;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.PersonQuery;
import be.buddytrajectories.hostapi.RequiresPermission;
import be.buddytrajectories.ui.shell.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The waiting list in matching order, and a search over the host's newcomers. */
@Route("buddy/newcomers")
@RequiresPermission({Keys.COORDINATOR, Keys.ADMIN})
public class NewcomersView extends VerticalLayout implements HasDynamicTitle {

    private static final int SEARCH_LIMIT = 50;

    private final PeopleDirectory people;
    private final Grid<Person> found = new Grid<>();

    @Inject
    public NewcomersView(TrajectoryService trajectories, PeopleDirectory people) {
        this.people = people;
        setId("buddy-newcomers");
        Button intake = new Button(getTranslation("buddy.intake.new"),
                e -> getUI().ifPresent(ui -> ui.navigate(IntakeView.class)));
        intake.setId("buddy-new-intake");
        intake.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        TextField search = new TextField();
        search.setId("buddy-newcomer-search");
        search.setPlaceholder(getTranslation("buddy.newcomers.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> search(e.getValue()));
        found.setId("buddy-newcomer-grid");
        found.setEmptyStateText(getTranslation("buddy.empty.found"));
        found.addComponentColumn(p -> new RouterLink(p.displayName(), NewcomerView.class, p.id()))
                .setHeader(getTranslation("buddy.newcomer.name"));
        found.addColumn(Person::municipality).setHeader(getTranslation("buddy.field.municipality"));
        found.addColumn(p -> p.languages().stream().map(code -> Formats.language(this, code))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("buddy.field.languages"));
        found.setAllRowsVisible(true);
        search(null);
        add(new H2(getTranslation("buddy.newcomers.title")), intake,
                new H3(getTranslation("buddy.overview.waitingList")), waitingList(trajectories.waitingList()),
                new H3(getTranslation("buddy.newcomers.directory")), search, found);
    }

    private void search(String text) {
        found.setItems(people.search(new PersonQuery(PersonKind.NEWCOMER, text == null || text.isBlank() ? null
                : text.strip(), 0, SEARCH_LIMIT)).people());
    }

    private Grid<WaitingEntry> waitingList(List<WaitingEntry> waiting) {
        Map<Long, Person> names = people.findAll(waiting.stream().map(WaitingEntry::newcomerId).toList()).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        Grid<WaitingEntry> grid = new Grid<>();
        grid.setEmptyStateText(getTranslation("buddy.empty.waiting"));
        grid.setId("buddy-waiting-list");
        grid.addColumn(WaitingEntry::position).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(w -> {
            RouterLink link = new RouterLink(names.containsKey(w.newcomerId())
                    ? names.get(w.newcomerId()).displayName() : "#" + w.newcomerId(), NewcomerView.class,
                    w.newcomerId());
            link.setId("buddy-waiting-" + w.newcomerId());
            return link;
        }).setHeader(getTranslation("buddy.newcomer.name"));
        grid.addColumn(w -> Formats.date(this, w.waitingSince())).setHeader(getTranslation("buddy.waiting.since"));
        grid.addColumn(w -> getTranslation("buddy.waiting.daysValue", Formats.integer(this, w.daysWaiting())))
                .setHeader(getTranslation("buddy.waiting.days"));
        grid.addColumn(w -> w.pntObliged() ? getTranslation("buddy.waiting.pnt") : "")
                .setHeader(getTranslation("buddy.waiting.flags"));
        grid.setItems(waiting);
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("buddy.newcomers.title");
    }
}
