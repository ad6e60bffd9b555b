package be.buddytrajectories.ui.volunteers;

import be.buddytrajectories.search.browse.BrowseResult.Hit;
import com.vaadin.flow.component.html.Span;

/** A search snippet with the matched words in bold; all of it is added as text, never as HTML. */
class Snippet extends Span {

    Snippet(String marked) {
        String rest = marked == null ? "" : marked;
        while (!rest.isEmpty()) {
            int open = rest.indexOf(Hit.MATCH_START);
            int close = open < 0 ? -1 : rest.indexOf(Hit.MATCH_END, open);
            if (open < 0 || close < 0) {
                add(new Span(rest.replace(String.valueOf(Hit.MATCH_START), "")
                        .replace(String.valueOf(Hit.MATCH_END), "")));
                return;
            }
            if (open > 0) {
                add(new Span(rest.substring(0, open)));
            }
            Span hit = new Span(rest.substring(open + 1, close));
            hit.addClassName("buddy-snippet-hit");
            hit.getStyle().set("font-weight", "700").set("background", "var(--lumo-primary-color-10pct)");
            add(hit);
            rest = rest.substring(close + 1);
        }
    }
}
