package be.buddytrajectories.ui.newcomers;

import be.buddytrajectories.core.access.Permission.Keys;
import be.buddytrajectories.core.intake.NewcomerIntake;
import be.buddytrajectories.core.intake.NewcomerIntakeService;
import be.buddytrajectories.core.outcome.OutcomeService;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.core.trajectory.TrajectoryStatus;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.RequiresPermission;
import be.buddytrajectories.ui.duo.DuoView;
import be.buddytrajectories.ui.matching.SuggestionsView;
import be.buddytrajectories.ui.shell.FieldErrors;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Labels;
import be.buddytrajectories.ui.shell.Problems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** One newcomer: the intake (to read and to edit), the trajectories, and the way to a buddy. */
@Route("buddy/newcomer")
@RequiresPermission({Keys.COORDINATOR, Keys.ADMIN})
public class NewcomerView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final NewcomerIntakeService intakes;
    private final TrajectoryService trajectories;
    private final OutcomeService outcomes;
    private final PeopleDirectory people;
    private final Clock clock;
    private String title = "";

    @Inject
    public NewcomerView(NewcomerIntakeService intakes, TrajectoryService trajectories, OutcomeService outcomes,
                        PeopleDirectory people, Clock clock) {
        this.outcomes = outcomes;
        this.clock = clock;
        this.intakes = intakes;
        this.trajectories = trajectories;
        this.people = people;
        setId("buddy-newcomer");
    }

    @Override
    public void setParameter(BeforeEvent event, Long newcomerId) {
        removeAll();
        Optional<Person> person = people.find(newcomerId);
        title = person.map(Person::displayName).orElse("#" + newcomerId);
        H2 heading = new H2(title);
        heading.setId("buddy-newcomer-name");
        add(heading);
        Optional<NewcomerIntake> intake = intakes.find(newcomerId);
        if (intake.isEmpty()) {
            add(new Paragraph(getTranslation("buddy.newcomer.noIntake")), button("buddy-newcomer-intake",
                    "buddy.intake.new", () -> getUI().ifPresent(ui -> ui.navigate(IntakeView.class, newcomerId))));
            return;
        }
        add(summary(intake.get()), new IntakeDetails(intake.get()), editIntake(newcomerId));
        List<Trajectory> all = trajectories.ofNewcomer(newcomerId);
        all.stream().filter(t -> t.status() == TrajectoryStatus.WAITING).findFirst().ifPresent(waiting ->
                add(button("buddy-find-buddy", "buddy.newcomer.findBuddy",
                        () -> getUI().ifPresent(ui -> ui.navigate(SuggestionsView.class, newcomerId)))));
        if (!all.isEmpty() && all.stream().allMatch(t -> t.status() == TrajectoryStatus.CLOSED)) {
            add(button("buddy-newcomer-requeue", "buddy.newcomer.requeue", () -> {
                try {
                    trajectories.requeue(newcomerId);
                    setParameter(event, newcomerId);
                } catch (RuntimeException refused) {
                    Problems.show(this, refused);
                }
            }));
        }
        add(new H3(getTranslation("buddy.newcomer.trajectories")), trajectoryGrid(all));
        if (intake.get().outcomeConsent()) {
            FieldErrors errors = new FieldErrors(this);
            OutcomeForm form = new OutcomeForm(LocalDate.now(clock), errors);
            form.addSubmitListener(submitted -> errors.attempt(() -> {
                outcomes.record(newcomerId, submitted.input());
                return submitted.input();
            }).ifPresent(saved -> Problems.confirm(getTranslation("buddy.outcome.saved"))));
            add(new H3(getTranslation("buddy.outcome.title")), form);
        }
    }

    private Paragraph summary(NewcomerIntake intake) {
        Span text = new Span(getTranslation("buddy.newcomer.summary",
                intake.contactLanguages().stream().map(code -> Formats.language(this, code))
                        .collect(Collectors.joining(", ")),
                intake.dutchLevel().name(), intake.location().municipality(),
                Formats.date(this, intake.registeredOn())));
        text.setId("buddy-newcomer-summary");
        Paragraph summary = new Paragraph(text);
        if (intake.pntObliged()) {
            Span pnt = new Span(getTranslation("buddy.waiting.pnt"));
            pnt.getElement().getThemeList().add("badge contrast");
            pnt.getStyle().set("margin-left", "var(--lumo-space-s)");
            summary.add(pnt);
        }
        return summary;
    }

    private Button editIntake(long newcomerId) {
        Button edit = new Button(getTranslation("buddy.newcomer.editIntake"),
                e -> getUI().ifPresent(ui -> ui.navigate(IntakeView.class, newcomerId)));
        edit.setId("buddy-newcomer-edit-intake");
        return edit;
    }

    private Grid<Trajectory> trajectoryGrid(List<Trajectory> all) {
        Grid<Trajectory> grid = new Grid<>();
        grid.setEmptyStateText(getTranslation("buddy.empty.trajectories"));
        grid.setId("buddy-newcomer-trajectories");
        grid.addComponentColumn(t -> {
            RouterLink link = new RouterLink(Labels.of(this, t.status()), DuoView.class, t.id());
            link.setId("buddy-trajectory-" + t.id());
            return link;
        }).setHeader(getTranslation("buddy.duo.status"));
        grid.addColumn(t -> t.buddyIds().stream().map(id -> people.find(id).map(Person::displayName).orElse("#" + id))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("buddy.duo.buddies"));
        grid.addColumn(t -> Formats.date(this, t.waitingSince())).setHeader(getTranslation("buddy.waiting.since"));
        grid.addColumn(t -> Formats.date(this, t.startedOn().orElse(null))).setHeader(getTranslation("buddy.duo.started"));
        grid.addColumn(t -> Formats.date(this, t.closedOn().orElse(null))).setHeader(getTranslation("buddy.duo.closed"));
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Button button(String id, String labelKey, Runnable action) {
        Button button = new Button(getTranslation(labelKey), e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
