package be.buddytrajectories.core.report;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The period report as titled sections of labelled lines, in the caller's words: the one layout of the screen, the
 * CSV and the PDF, so that all three say the same in the same order.
 */
public final class ReportLines {

    private final ReportText text;
    private final Locale locale;
    private final List<Section> sections = new ArrayList<>();

    private ReportLines(ReportText text, Locale locale) {
        this.text = text;
        this.locale = locale;
    }

    /**
     * @param id    a name that stays the same in every language (for element ids)
     * @param title the section's title
     * @param chart whether the lines are parts of one whole that a bar chart shows well
     */
    public record Section(String id, String title, boolean chart, List<Line> lines) {
    }

    /**
     * @param id  a name unique in its section that stays the same in every language
     * @param bar the line's value for a bar chart, or null where there is none or it is suppressed
     */
    public record Line(String id, String label, String value, Double bar) {
    }

    public static List<Section> of(PeriodReport report, ReportText text, Locale locale) {
        ReportLines lines = new ReportLines(text, locale);
        lines.compose(report);
        return List.copyOf(lines.sections);
    }

    public static String title(PeriodReport report, ReportText text) {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        return text.get("buddy.report.title") + " " + report.period().from().format(dates) + " – "
                + report.period().to().format(dates);
    }

    private void compose(PeriodReport r) {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        List<Line> period = new ArrayList<>();
        period.add(plain("buddy.report.period", r.period().from().format(dates) + " – " + r.period().to().format(dates)));
        period.add(plain("buddy.report.municipality",
                r.period().onlyMunicipality().orElseGet(() -> text.get("buddy.report.allMunicipalities"))));
        if (r.countedUntil().isBefore(r.period().to())) {
            period.add(plain("buddy.report.countedUntil", r.countedUntil().format(dates)));
        }
        section("period", text.get("buddy.report.section.period"), false, period);
        section("reach", text.get("buddy.report.section.reach"), false, List.of(
                count("buddy.report.newcomersReached", r.newcomersReached()),
                count("buddy.report.reachedObliged", r.reachedObliged()),
                count("buddy.report.reachedNotObliged", r.reachedNotObliged()),
                count("buddy.report.duosStarted", r.duosStarted()),
                count("buddy.report.duosRunning", r.duosRunning()),
                count("buddy.report.runningAtEnd", r.runningAtEnd()),
                count("buddy.report.duosClosed", r.duosClosed()),
                count("buddy.report.withdrawn", r.withdrawn())));
        section("hours", text.get("buddy.report.section.hours"), false, List.of(
                decimal("buddy.report.contactHours", r.contactHours(), 1),
                decimal("buddy.report.medianHours", r.medianHours(), 1),
                decimal("buddy.report.reachedTarget", r.reachedTarget(), 0),
                decimal("buddy.report.medianWaitDays", r.medianWaitDays(), 0)));
        List<Line> closed = new ArrayList<>();
        r.closedByReason().forEach((reason, figure) -> {
            if (figure.suppressed() || figure.present() && figure.value() > 0) {
                closed.add(line(reason.name(), text.get("buddy.enum.EndReason." + reason.name()), figure, 0));
            }
        });
        section("closed", text.get("buddy.report.section.closed"), true, closed);
        for (PeriodReport.Outcome outcome : r.outcomes()) {
            section("outcome-" + outcome.moment().name().toLowerCase(Locale.ROOT), text.get(
                    "buddy.report.section.outcome", text.get("buddy.enum.MeasureMoment." + outcome.moment())),
                    false, outcomeLines(outcome));
        }
        PeriodReport.Training training = r.training();
        List<Line> trained = new ArrayList<>(List.of(
                count("buddy.report.trainingSessions", training.sessions()),
                count("buddy.report.buddiesTrained", training.buddies()),
                decimal("buddy.report.trainingHours", training.hours(), 1)));
        if (training.withoutDuration() > 0) {
            trained.add(plain("buddy.report.withoutDuration", format(training.withoutDuration(), 0)));
        }
        section("training", text.get("buddy.report.section.training"), false, trained);
        section("monthStarted", text.get("buddy.report.section.monthStarted"), true, r.months().stream()
                .map(m -> line(m.month().toString(), m.month().toString(), m.duosStarted(), 0)).toList());
        section("monthHours", text.get("buddy.report.section.monthHours"), true, r.months().stream()
                .map(m -> line(m.month().toString(), m.month().toString(), m.contactHours(), 1)).toList());
    }

    private List<Line> outcomeLines(PeriodReport.Outcome o) {
        return List.of(count("buddy.outcome.respondents", o.respondents()),
                decimal("buddy.outcome.selfConfidence", o.selfConfidence(), 1),
                decimal("buddy.outcome.outlook", o.outlook(), 1),
                decimal("buddy.outcome.knowsWhereToGo", o.knowsWhereToGo(), 1),
                decimal("buddy.outcome.localsSpokenTo", o.localsSpokenTo(), 1),
                decimal("buddy.outcome.wellbeing", o.wellbeing(), 1));
    }

    private void section(String id, String title, boolean chart, List<Line> lines) {
        sections.add(new Section(id, title, chart, List.copyOf(lines)));
    }

    private Line plain(String key, String value) {
        return new Line(idOf(key), text.get(key), value, null);
    }

    private Line count(String key, Figure figure) {
        return decimal(key, figure, 0);
    }

    private Line decimal(String key, Figure figure, int decimals) {
        return line(idOf(key), text.get(key), figure, decimals);
    }

    /** The last part of a key: {@code buddy.report.duosStarted} gives {@code duosStarted}. */
    private static String idOf(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    private Line line(String id, String label, Figure figure, int decimals) {
        if (figure.suppressed()) {
            return new Line(id, label, text.get("buddy.report.suppressed", Figure.SMALLEST_GROUP), null);
        }
        if (!figure.present()) {
            return new Line(id, label, text.get("buddy.report.none"), null);
        }
        return new Line(id, label, format(figure.value(), decimals), figure.value());
    }

    private String format(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }
}
