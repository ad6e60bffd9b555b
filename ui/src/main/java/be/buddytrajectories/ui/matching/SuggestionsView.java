package be.buddytrajectories.ui.matching;

import be.buddytrajectories.core.access.Permission.Keys;
import be.buddytrajectories.core.matching.BuddySuggestion;
import be.buddytrajectories.core.matching.SuggestionService;
import be.buddytrajectories.core.matchproposal.Candidate;
import be.buddytrajectories.core.matchproposal.ProposalService;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.core.trajectory.TrajectoryStatus;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.RequiresPermission;
import be.buddytrajectories.ui.duo.DuoView;
import be.buddytrajectories.ui.shell.PersonPicker;
import be.buddytrajectories.ui.shell.Problems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Buddy suggestions for one waiting newcomer, with score bars and reasons; "why not" for a named volunteer. */
@Route("buddy/match")
@RequiresPermission({Keys.COORDINATOR})
public class SuggestionsView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final SuggestionService matching;
    private final ProposalService proposals;
    private final TrajectoryService trajectories;
    private final PeopleDirectory people;

    @Inject
    public SuggestionsView(SuggestionService matching, ProposalService proposals, TrajectoryService trajectories,
                           PeopleDirectory people) {
        this.matching = matching;
        this.proposals = proposals;
        this.trajectories = trajectories;
        this.people = people;
        setId("buddy-suggestions");
    }

    @Override
    public void setParameter(BeforeEvent event, Long newcomerId) {
        removeAll();
        String name = people.find(newcomerId).map(Person::displayName).orElse("#" + newcomerId);
        add(new H2(getTranslation("buddy.suggestions.title", name)));
        Optional<Trajectory> waiting = trajectories.ofNewcomer(newcomerId).stream()
                .filter(t -> t.status() == TrajectoryStatus.WAITING).findFirst();
        if (waiting.isEmpty()) {
            add(new Paragraph(getTranslation("buddy.suggestions.notWaiting")));
            return;
        }
        Div list = new Div();
        list.setId("buddy-suggestion-list");
        // Cards side by side as far as the screen allows, one column on a phone.
        list.setWidthFull();
        list.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(22em, 1fr))")
                .set("gap", "var(--lumo-space-m)");
        List<BuddySuggestion> suggestions = matching.suggest(newcomerId);
        if (suggestions.isEmpty()) {
            list.add(new Paragraph(getTranslation("buddy.suggestions.none")));
        }
        suggestions.forEach(s -> {
            SuggestionCard card = new SuggestionCard(s);
            card.addProposeListener(clicked -> propose(waiting.get(), clicked.suggestion()));
            list.add(card);
        });
        add(list, new H3(getTranslation("buddy.whyNot.title")), whyNot(newcomerId));
    }

    private void propose(Trajectory waiting, BuddySuggestion suggestion) {
        try {
            Trajectory proposed = proposals.propose(waiting.id(), waiting.version(), List.of(new Candidate(
                    suggestion.volunteerId(), suggestion.score(), String.join("\n", suggestion.reasons()))));
            Problems.confirm(getTranslation("buddy.suggestion.proposed", suggestion.name()));
            getUI().ifPresent(ui -> ui.navigate(DuoView.class, proposed.id()));
        } catch (RuntimeException refused) {
            Problems.show(this, refused);
        }
    }

    private VerticalLayout whyNot(long newcomerId) {
        ComboBox<Person> volunteer = new ComboBox<>(getTranslation("buddy.whyNot.volunteer"));
        volunteer.setId("buddy-why-not-volunteer");
        PersonPicker.over(volunteer, people, PersonKind.VOLUNTEER);
        volunteer.setItemLabelGenerator(Person::displayName);
        volunteer.setWidth("min(20em, 100%)");
        UnorderedList answer = new UnorderedList();
        answer.setId("buddy-why-not-reasons");
        Button ask = new Button(getTranslation("buddy.whyNot.ask"), e -> {
            answer.removeAll();
            if (volunteer.getValue() == null) {
                return;
            }
            try {
                List<String> reasons = matching.whyNot(newcomerId, volunteer.getValue().id());
                if (reasons.isEmpty()) {
                    answer.add(new ListItem(getTranslation("buddy.whyNot.nothing", volunteer.getValue().displayName())));
                }
                reasons.forEach(reason -> answer.add(new ListItem(reason)));
            } catch (RuntimeException refused) {
                Problems.show(this, refused);
            }
        });
        ask.setId("buddy-why-not-ask");
        HorizontalLayout row = new HorizontalLayout(volunteer, ask);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        VerticalLayout box = new VerticalLayout(row, answer);
        box.setPadding(false);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("buddy.suggestions.heading");
    }
}
