package be.buddytrajectories.ui.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/** A small horizontal bar chart drawn with plain elements: one labelled bar per entry, scaled to the largest. */
public class BarChart extends Div {

    /**
     * One bar.
     *
     * @param value its length, relative to the largest; 0 for none
     * @param text  what it says beside the bar
     */
    public record Bar(String label, double value, String text) {
    }

    /** @param values label → count, in the order to show */
    public BarChart(Map<String, Long> values, LongFunction<String> format) {
        this(values.entrySet().stream()
                .map(e -> new Bar(e.getKey(), e.getValue(), format.apply(e.getValue()))).toList());
    }

    /** @param bars in the order to show */
    public BarChart(List<Bar> bars) {
        double max = Math.max(1e-9, bars.stream().mapToDouble(Bar::value).max().orElse(1));
        getStyle().set("display", "grid").set("grid-template-columns", "max-content 1fr max-content")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-s)").set("align-items", "center")
                .set("width", "22em");
        bars.forEach(bar -> {
            Div line = new Div();
            line.getStyle().set("height", "0.9em").set("background", "var(--lumo-primary-color)")
                    .set("border-radius", "var(--lumo-border-radius-s)")
                    .set("width", Math.round(100.0 * bar.value() / max) + "%")
                    .set("min-width", bar.value() > 0 ? "2px" : "0");
            add(new Span(bar.label()), line, new Span(bar.text()));
        });
    }
}
