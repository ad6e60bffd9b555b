package be.buddytrajectories.core.report;

import be.buddytrajectories.core.spreadsheet.CsvWriter;
import java.util.List;
import java.util.Locale;

/** The period report as CSV: one row per figure, with its section, as a spreadsheet reads it. */
final class PeriodReportCsv {

    private PeriodReportCsv() {
    }

    static byte[] render(PeriodReport report, ReportText text, Locale locale) {
        CsvWriter csv = new CsvWriter().line(List.of(text.get("buddy.report.csv.section"),
                text.get("buddy.report.csv.figure"), text.get("buddy.report.csv.value")));
        for (ReportLines.Section section : ReportLines.of(report, text, locale)) {
            section.lines().forEach(line -> csv.line(List.of(section.title(), line.label(), line.value())));
        }
        return csv.bytes();
    }
}
