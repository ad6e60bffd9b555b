package be.buddytrajectories.ui.dashboard;

import be.buddytrajectories.core.outcome.OutcomeFigures;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Labels;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;

/** The outcome answers in aggregate per moment; a small group shows its count only, never averages. */
class OutcomeTable extends Grid<OutcomeFigures> {

    OutcomeTable(List<OutcomeFigures> figures) {
        setId("buddy-outcomes");
        // Long plain-language headers and "too few to show" cells wrap instead of being cut off.
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(f -> Labels.of(this, f.moment())).setHeader(header("buddy.outcome.moment"));
        addColumn(f -> Formats.integer(this, f.respondents())).setHeader(header("buddy.outcome.respondents"));
        average("buddy.outcome.selfConfidence", OutcomeFigures::selfConfidence);
        average("buddy.outcome.outlook", OutcomeFigures::outlook);
        average("buddy.outcome.knowsWhereToGo", OutcomeFigures::knowsWhereToGo);
        average("buddy.outcome.wellbeing", OutcomeFigures::wellbeing);
        average("buddy.outcome.localsSpokenTo", OutcomeFigures::localsSpokenTo);
        setItems(figures);
        setAllRowsVisible(true);
    }

    private void average(String headerKey, Function<OutcomeFigures, OptionalDouble> value) {
        addColumn(f -> f.suppressed() ? getTranslation("buddy.outcome.suppressed")
                : value.apply(f).isPresent() ? Formats.decimal(this, value.apply(f).getAsDouble()) : "")
                .setHeader(header(headerKey));
    }

    private Span header(String key) {
        Span text = new Span(getTranslation(key));
        text.getStyle().set("white-space", "normal");
        return text;
    }
}
