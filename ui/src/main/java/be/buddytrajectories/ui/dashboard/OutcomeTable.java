package be.buddytrajectories.ui.dashboard;

import be.buddytrajectories.core.outcome.OutcomeFigures;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Labels;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;

/** The outcome answers in aggregate per moment; a small group shows its count only, never averages. */
class OutcomeTable extends Grid<OutcomeFigures> {

    OutcomeTable(List<OutcomeFigures> figures) {
        setId("buddy-outcomes");
        addColumn(f -> Labels.of(this, f.moment())).setHeader(getTranslation("buddy.outcome.moment"));
        addColumn(f -> Formats.integer(this, f.respondents())).setHeader(getTranslation("buddy.outcome.respondents"));
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
                .setHeader(getTranslation(headerKey));
    }
}
