package be.buddytrajectories.ui.matching;

import be.buddytrajectories.core.access.Permission.Keys;
import be.buddytrajectories.core.matching.SuggestionService;
import be.buddytrajectories.core.matchproposal.Candidate;
import be.buddytrajectories.core.matchproposal.ProposalService;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.core.trajectory.WaitingEntry;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.RequiresPermission;
import be.buddytrajectories.search.matching.Reason;
import be.buddytrajectories.search.round.Proposal;
import be.buddytrajectories.search.round.RoundResult;
import be.buddytrajectories.ui.shell.Problems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The match round: one proposed assignment of every waiting newcomer to a buddy, for review. Nothing is stored
 * until the coordinator publishes the ticked rows as proposals.
 */
@Route("buddy/match-round")
@RequiresPermission({Keys.COORDINATOR})
public class MatchRoundView extends VerticalLayout implements HasDynamicTitle {

    private final SuggestionService matching;
    private final ProposalService proposals;
    private final TrajectoryService trajectories;
    private final PeopleDirectory people;
    private final VerticalLayout result = new VerticalLayout();

    @Inject
    public MatchRoundView(SuggestionService matching, ProposalService proposals, TrajectoryService trajectories,
                          PeopleDirectory people) {
        this.matching = matching;
        this.proposals = proposals;
        this.trajectories = trajectories;
        this.people = people;
        setId("buddy-match-round");
        result.setPadding(false);
        Button run = new Button(getTranslation("buddy.round.run"), e -> run());
        run.setId("buddy-round-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph waiting = new Paragraph(getTranslation("buddy.round.waiting", trajectories.waitingList().size()));
        waiting.setId("buddy-round-waiting");
        add(new H2(getTranslation("buddy.round.title")), new Paragraph(getTranslation("buddy.round.explain")), waiting,
                run, result);
    }

    private void run() {
        result.removeAll();
        try {
            Map<Long, WaitingEntry> waiting = trajectories.waitingList().stream()
                    .collect(Collectors.toMap(WaitingEntry::newcomerId, Function.identity(), (a, b) -> a,
                            LinkedHashMap::new));
            RoundResult round = matching.matchRound(List.copyOf(waiting.keySet()));
            showRound(round, waiting);
        } catch (RuntimeException refused) {
            Problems.show(this, refused);
        }
    }

    private void showRound(RoundResult round, Map<Long, WaitingEntry> waiting) {
        Grid<Proposal> grid = new Grid<>();
        grid.setEmptyStateText(getTranslation("buddy.empty.round"));
        grid.setId("buddy-round-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(p -> name(Long.parseLong(p.newcomerId()))).setHeader(getTranslation("buddy.newcomer.name"));
        grid.addColumn(p -> name(Long.parseLong(p.buddyId()))).setHeader(getTranslation("buddy.round.buddy"));
        grid.addComponentColumn(p -> {
            ProgressBar bar = new ProgressBar(0, 100, p.normalisedScore());
            bar.setWidth("6em");
            return bar;
        }).setHeader(getTranslation("buddy.round.score"));
        grid.addColumn(p -> p.reasons().stream().map(Reason::text).collect(Collectors.joining(" · ")))
                .setHeader(getTranslation("buddy.round.reasons")).setFlexGrow(3);
        grid.setItems(round.proposals());
        grid.asMultiSelect().select(round.proposals());
        grid.setAllRowsVisible(true);
        Span unassigned = new Span(getTranslation("buddy.round.unassigned", round.unassignedNewcomerIds().size(),
                round.unassignedNewcomerIds().stream().map(id -> name(Long.parseLong(id)))
                        .collect(Collectors.joining(", "))));
        unassigned.setId("buddy-round-unassigned");
        Button publish = new Button(getTranslation("buddy.round.publish"), e -> publish(grid, waiting));
        publish.setId("buddy-round-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.add(grid, unassigned, publish);
    }

    private void publish(Grid<Proposal> grid, Map<Long, WaitingEntry> waiting) {
        int published = 0;
        for (Proposal p : grid.getSelectedItems()) {
            WaitingEntry entry = waiting.get(Long.parseLong(p.newcomerId()));
            try {
                proposals.propose(entry.trajectoryId(), entry.version(), List.of(new Candidate(
                        Long.parseLong(p.buddyId()), p.normalisedScore(),
                        p.reasons().stream().map(Reason::text).collect(Collectors.joining("\n")))));
                published++;
            } catch (RuntimeException refused) {
                Problems.showText(name(entry.newcomerId()) + ": " + Problems.message(this, refused));
            }
        }
        String done = getTranslation("buddy.round.published", published);
        Problems.confirm(done);
        // The notification passes; the screen keeps saying what happened until the next round is run.
        result.removeAll();
        Paragraph outcome = new Paragraph(done + " " + getTranslation("buddy.round.publishedWhere"));
        outcome.setId("buddy-round-published");
        outcome.getStyle().set("color", "var(--lumo-success-text-color)").set("font-weight", "600");
        result.add(outcome);
    }

    private String name(long personId) {
        return people.find(personId).map(Person::displayName).orElse("#" + personId);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("buddy.round.title");
    }
}
