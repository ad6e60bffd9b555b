package be.buddytrajectories.ui.matching;

import be.buddytrajectories.core.matching.BuddySuggestion;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;

/** One suggested buddy: name, score bar, reasons and a "propose" button that fires {@link ProposeClicked}. */
class SuggestionCard extends Div {

    SuggestionCard(BuddySuggestion suggestion) {
        setId("buddy-suggestion-" + suggestion.volunteerId());
        addClassName("buddy-suggestion");
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("box-sizing", "border-box");
        Span name = new Span(suggestion.name());
        name.getStyle().set("font-weight", "600");
        ProgressBar score = new ProgressBar(0, 100, suggestion.score());
        score.setId("buddy-score-" + suggestion.volunteerId());
        score.setWidth("10em");
        Span scoreText = new Span(getTranslation("buddy.suggestion.score", suggestion.score()));
        Button propose = new Button(getTranslation("buddy.suggestion.propose"), e -> fireEvent(new ProposeClicked(this, suggestion)));
        propose.setId("buddy-propose-" + suggestion.volunteerId());
        HorizontalLayout top = new HorizontalLayout(name, score, scoreText, propose);
        top.setAlignItems(HorizontalLayout.Alignment.CENTER);
        top.setWrap(true);
        UnorderedList reasons = new UnorderedList();
        reasons.setId("buddy-reasons-" + suggestion.volunteerId());
        suggestion.reasons().forEach(reason -> reasons.add(new ListItem(reason)));
        add(top, reasons);
    }

    Registration addProposeListener(ComponentEventListener<ProposeClicked> listener) {
        return addListener(ProposeClicked.class, listener);
    }

    /** The coordinator wants to propose this buddy. */
    static class ProposeClicked extends ComponentEvent<SuggestionCard> {

        private final transient BuddySuggestion suggestion;

        ProposeClicked(SuggestionCard source, BuddySuggestion suggestion) {
            super(source, false);
            this.suggestion = suggestion;
        }

        BuddySuggestion suggestion() {
            return suggestion;
        }
    }
}
