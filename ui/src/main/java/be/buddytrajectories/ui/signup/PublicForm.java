package be.buddytrajectories.ui.signup;

import be.buddytrajectories.hostapi.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.VaadinRequest;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What the two public forms share: the visitor's language, his address, the honeypot, a few field helpers. */
final class PublicForm {

    static final Locale DUTCH = Locale.forLanguageTag("nl");
    /** The languages the forms offer, most asked first. */
    static final List<String> LANGUAGES = List.of("nl", "en", "fr", "ar", "fa", "ps", "ti", "uk", "ru", "tr", "ku",
            "so", "es", "de", "it", "pt", "ln");

    private PublicForm() {
    }

    /**
     * The visitor's language: {@code ?lang=en} or {@code ?lang=nl} first, then a signed-in user's choice, then the
     * browser's; Dutch for anything else.
     */
    static Locale language(Location location, CurrentUser user) {
        String asked = location.getQueryParameters().getSingleParameter("lang").orElse("");
        if (asked.equals("en") || asked.equals("nl")) {
            return asked.equals("en") ? Locale.ENGLISH : DUTCH;
        }
        if (user.isAuthenticated()) {
            return user.locale().getLanguage().equals("en") ? Locale.ENGLISH : DUTCH;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        Locale browser = request == null ? null : request.getLocale();
        return browser != null && browser.getLanguage().equals("en") ? Locale.ENGLISH : DUTCH;
    }

    /** Shows the page in {@code language} (the form's fields read it while they are built). */
    static void use(Locale language) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(language);
        }
    }

    /** Links to the same page in Dutch and in English. */
    static Component languageLinks(String route, String idPrefix) {
        Anchor dutch = new Anchor(route + "?lang=nl", "Nederlands");
        dutch.setId(idPrefix + "-lang-nl");
        Anchor english = new Anchor(route + "?lang=en", "English");
        english.setId(idPrefix + "-lang-en");
        return new HorizontalLayout(dutch, english);
    }

    /** The address the request came from, for the limit per address; never shown or logged. */
    static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? null : request.getRemoteAddr();
        return address == null ? "unknown" : address;
    }

    /**
     * A field people never see or reach (off-screen, hidden from screen readers, out of the tab order) that bots
     * fill in.
     */
    static TextField honeypot(String id) {
        TextField trap = new TextField("Website");
        trap.setId(id);
        trap.setTabIndex(-1);
        trap.getElement().setAttribute("aria-hidden", "true");
        trap.getElement().setAttribute("autocomplete", "off");
        trap.getStyle().set("position", "absolute").set("left", "-10000px").set("width", "1px").set("height", "1px")
                .set("overflow", "hidden");
        return trap;
    }

    static Set<String> interestsOf(String text) {
        return Arrays.stream(text == null ? new String[0] : text.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
