package be.buddytrajectories.ui.volunteers;

import com.vaadin.flow.component.html.Span;

/**
 * A search snippet with the matched words in bold. The index marks them with {@code <b>…</b>} around unescaped
 * profile text, so the text is added as text (never as HTML) and only the marks become bold.
 */
class Snippet extends Span {

    Snippet(String marked) {
        String rest = marked == null ? "" : marked;
        while (!rest.isEmpty()) {
            int open = rest.indexOf("<b>");
            int close = open < 0 ? -1 : rest.indexOf("</b>", open);
            if (open < 0 || close < 0) {
                add(new Span(rest.replace("<b>", "").replace("</b>", "")));
                return;
            }
            if (open > 0) {
                add(new Span(rest.substring(0, open)));
            }
            Span hit = new Span(rest.substring(open + 3, close));
            hit.addClassName("buddy-snippet-hit");
            hit.getStyle().set("font-weight", "700").set("background", "var(--lumo-primary-color-10pct)");
            add(hit);
            rest = rest.substring(close + 4);
        }
    }
}
