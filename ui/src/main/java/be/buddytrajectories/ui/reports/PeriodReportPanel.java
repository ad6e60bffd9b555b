package be.buddytrajectories.ui.reports;

import be.buddytrajectories.core.report.PeriodReport;
import be.buddytrajectories.core.report.PeriodReports;
import be.buddytrajectories.core.report.ReportLines;
import be.buddytrajectories.core.report.ReportPeriod;
import be.buddytrajectories.core.report.ReportText;
import be.buddytrajectories.ui.shell.BarChart;
import be.buddytrajectories.ui.shell.Formats;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * One period report on screen, in the same sections and lines as its CSV and PDF, with a bar chart beside the
 * sections that are parts of a whole, and the two downloads (made, and audited, when clicked).
 */
class PeriodReportPanel extends VerticalLayout {

    PeriodReportPanel(PeriodReport report, PeriodReports reports) {
        setId("buddy-report");
        setPadding(false);
        Locale locale = Formats.locale(this);
        ReportText text = this::getTranslation;
        ReportPeriod period = report.period();
        add(new HorizontalLayout(
                download("buddy-report-csv", "buddy.report.csv", "buddy.report.fileName.csv", "text/csv; charset=UTF-8",
                        period, () -> reports.csv(period, text, locale)),
                download("buddy-report-pdf", "buddy.report.pdf", "buddy.report.fileName.pdf", "application/pdf",
                        period, () -> reports.pdf(period, text, locale))));
        FlexLayout sections = new FlexLayout();
        sections.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        sections.getStyle().set("gap", "var(--lumo-space-l)");
        ReportLines.of(report, text, locale).forEach(section -> sections.add(section(section)));
        add(sections);
    }

    private Div section(ReportLines.Section section) {
        Div box = new Div();
        box.setId("buddy-report-" + section.id());
        box.add(new H3(section.title()));
        if (section.chart()) {
            box.add(new BarChart(section.lines().stream().map(line -> new BarChart.Bar(line.label(),
                    line.bar() == null ? 0 : line.bar(), line.value())).toList()));
            return box;
        }
        Div table = new Div();
        table.getStyle().set("display", "grid").set("grid-template-columns", "minmax(12em, 26em) max-content")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)");
        section.lines().forEach(line -> {
            Span value = new Span(line.value());
            value.setId("buddy-report-" + section.id() + "-" + line.id());
            value.getStyle().set("text-align", "right").set("font-weight", "600");
            table.add(new Span(line.label()), value);
        });
        box.add(table);
        return box;
    }

    private Anchor download(String id, String labelKey, String fileKey, String type, ReportPeriod period,
                            Supplier<byte[]> content) {
        StreamResource file = new StreamResource(getTranslation(fileKey, period.from(), period.to()),
                () -> new ByteArrayInputStream(content.get()));
        file.setContentType(type);
        Anchor link = new Anchor(file, getTranslation(labelKey));
        link.setId(id);
        link.getElement().setAttribute("download", true);
        return link;
    }
}
