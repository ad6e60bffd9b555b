package be.buddytrajectories.ui.reports;

import be.buddytrajectories.core.access.Permission.Keys;
import be.buddytrajectories.core.fairness.WaitingListFairness;
import be.buddytrajectories.core.matching.RecruitmentGaps;
import be.buddytrajectories.core.report.Figure;
import be.buddytrajectories.core.report.PeriodReport;
import be.buddytrajectories.core.report.PeriodReports;
import be.buddytrajectories.core.report.ReportPeriod;
import be.buddytrajectories.hostapi.RequiresPermission;
import be.buddytrajectories.ui.shell.FieldErrors;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Reports: the period report for funders (the last twelve months, until another period is chosen), whom to recruit for
 * the newcomers nobody can be proposed to, and the fairness of the waiting list.
 */
@Route("buddy/reports")
@RequiresPermission({Keys.COORDINATOR})
public class ReportsView extends VerticalLayout implements HasDynamicTitle {

    private final PeriodReports reports;
    private final Div shown = new Div();

    @Inject
    public ReportsView(PeriodReports reports, RecruitmentGaps gaps, WaitingListFairness fairness, Clock clock) {
        this.reports = reports;
        setId("buddy-reports");
        LocalDate today = LocalDate.now(clock);
        ReportPeriod lastYear = new ReportPeriod(today.minusYears(1).plusDays(1), today, null);
        FieldErrors errors = new FieldErrors(this);
        PeriodForm form = new PeriodForm(lastYear, reports.municipalities(), errors);
        form.addSubmitListener(e -> errors.attempt(() -> reports.report(e.period())).ifPresent(this::show));
        shown.setWidthFull();
        add(new H2(getTranslation("buddy.reports.title")),
                new Paragraph(getTranslation("buddy.report.explain", Figure.SMALLEST_GROUP)), form, shown,
                new RecruitmentPanel(gaps.now()), new FairnessPanel(fairness.now()));
        show(reports.report(lastYear));
    }

    private void show(PeriodReport report) {
        shown.removeAll();
        shown.add(new PeriodReportPanel(report, reports));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("buddy.reports.title");
    }
}
