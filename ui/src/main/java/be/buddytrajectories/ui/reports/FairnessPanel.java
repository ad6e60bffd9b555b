package be.buddytrajectories.ui.reports;

import be.buddytrajectories.core.fairness.WaitingFairness;
import be.buddytrajectories.core.fairness.WaitingGroup;
import be.buddytrajectories.core.fairness.WaitingListFairness;
import be.buddytrajectories.ui.shell.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Function;

/**
 * The fairness of the waiting list: how long its newcomers wait by Dutch level, municipality and obligation, with
 * the groups that wait longer than most named first.
 */
class FairnessPanel extends VerticalLayout {

    FairnessPanel(WaitingFairness now) {
        setPadding(false);
        Paragraph summary = new Paragraph(now.newcomers() == 0 ? getTranslation("buddy.fairness.empty")
                : getTranslation("buddy.fairness.summary", Formats.integer(this, now.newcomers()),
                        Formats.integer(this, now.medianDays())));
        summary.setId("buddy-fairness-summary");
        add(new H3(getTranslation("buddy.fairness.title")),
                new Paragraph(getTranslation("buddy.fairness.explain", WaitingListFairness.SMALLEST_GROUP)), summary,
                new H4(getTranslation("buddy.field.dutchLevel")),
                groups("buddy-fairness-dutch", now.byDutchLevel(), level -> level.isEmpty()
                        ? getTranslation("buddy.fairness.unknown") : level),
                new H4(getTranslation("buddy.fairness.municipality")),
                groups("buddy-fairness-municipality", now.byMunicipality(), municipality -> municipality.isEmpty()
                        ? getTranslation("buddy.fairness.unknown") : municipality),
                new H4(getTranslation("buddy.fairness.obligation")),
                groups("buddy-fairness-obligation", now.byObligation(),
                        obliged -> getTranslation("buddy.fairness." + obliged)));
    }

    private Grid<WaitingGroup> groups(String id, List<WaitingGroup> groups, Function<String, String> label) {
        Grid<WaitingGroup> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("buddy.fairness.empty"));
        grid.addColumn(g -> label.apply(g.value())).setHeader(getTranslation("buddy.fairness.group")).setKey("group")
                .setFlexGrow(2);
        grid.addColumn(g -> Formats.integer(this, g.newcomers())).setHeader(getTranslation("buddy.fairness.newcomers"))
                .setKey("newcomers");
        grid.addColumn(g -> g.tooSmall() ? "" : Formats.integer(this, g.medianDays()))
                .setHeader(getTranslation("buddy.fairness.median")).setKey("median");
        grid.addColumn(g -> g.tooSmall() ? "" : Formats.integer(this, g.longestDays()))
                .setHeader(getTranslation("buddy.fairness.longest")).setKey("longest");
        grid.addColumn(this::note).setHeader(getTranslation("buddy.fairness.note")).setKey("note").setFlexGrow(3);
        grid.setItems(groups);
        return grid;
    }

    private String note(WaitingGroup group) {
        if (group.tooSmall()) {
            return getTranslation("buddy.fairness.tooSmall", WaitingListFairness.SMALLEST_GROUP);
        }
        return group.waitsLonger() ? getTranslation("buddy.fairness.waitsLonger") : "";
    }
}
