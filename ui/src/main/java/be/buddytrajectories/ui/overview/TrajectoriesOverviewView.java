package be.buddytrajectories.ui.overview;

import be.buddytrajectories.core.programme.ProgrammeOverview;
import be.buddytrajectories.core.programme.ProgrammeSummary;
import be.buddytrajectories.hostapi.RequiresPermission;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.text.NumberFormat;

/** "Buddy trajectories": what the programme holds today, for coordinators. */
@Route("buddy")
@RequiresPermission({"buddy.coordinator", "buddy.admin"})
public class TrajectoriesOverviewView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public TrajectoriesOverviewView(ProgrammeOverview overview) {
        setId("buddy-overview");
        ProgrammeSummary summary = overview.summary();
        H2 title = new H2(getTranslation("buddy.overview.title"));
        FlexLayout figures = new FlexLayout(
                figure("buddy-volunteer-count", summary.volunteers(), "buddy.overview.volunteers"),
                figure("buddy-newcomer-count", summary.newcomers(), "buddy.overview.newcomers"),
                figure("buddy-hours-target", summary.hoursTarget(), "buddy.overview.hoursTarget"));
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.getStyle().set("gap", "var(--lumo-space-l)");
        add(title, figures);
    }

    private VerticalLayout figure(String id, long value, String labelKey) {
        Span number = new Span(NumberFormat.getIntegerInstance(getLocale()).format(value));
        number.setId(id);
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        VerticalLayout card = new VerticalLayout(number, new Span(getTranslation(labelKey)));
        card.setSpacing(false);
        card.setWidth("12em");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("buddy.overview.title");
    }
}
