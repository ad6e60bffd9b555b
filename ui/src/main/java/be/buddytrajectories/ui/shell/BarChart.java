package be.buddytrajectories.ui.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import java.util.function.LongFunction;

/** A small horizontal bar chart drawn with plain elements: one labelled bar per entry, scaled to the largest. */
public class BarChart extends Div {

    /** @param values label → count, in the order to show */
    public BarChart(Map<String, Long> values, LongFunction<String> format) {
        long max = Math.max(1, values.values().stream().mapToLong(Long::longValue).max().orElse(1));
        getStyle().set("display", "grid").set("grid-template-columns", "max-content 1fr max-content")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-s)").set("align-items", "center")
                .set("width", "22em");
        values.forEach((label, value) -> {
            Div bar = new Div();
            bar.getStyle().set("height", "0.9em").set("background", "var(--lumo-primary-color)")
                    .set("border-radius", "var(--lumo-border-radius-s)")
                    .set("width", Math.round(100.0 * value / max) + "%").set("min-width", value > 0 ? "2px" : "0");
            add(new Span(label), bar, new Span(format.apply(value)));
        });
    }
}
