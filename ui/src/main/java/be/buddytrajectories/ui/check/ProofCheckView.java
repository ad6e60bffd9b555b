package be.buddytrajectories.ui.check;

import be.buddytrajectories.core.proof.ProofCheck;
import be.buddytrajectories.core.proof.ProofCheckService;
import be.buddytrajectories.core.proof.ProofVerification;
import be.buddytrajectories.core.token.RequestRateLimit;
import be.buddytrajectories.hostapi.CurrentUser;
import be.buddytrajectories.hostapi.PublicPage;
import be.buddytrajectories.ui.shell.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a proof of participation by its code, without an account ({@code buddy/check}, or {@code buddy/check/<code>}
 * from the proof's QR code; {@code ?lang=en} for English). A valid code shows what the paper states, never who took
 * part: the reader compares the name on the paper. An unknown and a revoked code get the same neutral answer, and
 * every check counts toward the per-address limit, so that codes cannot be guessed.
 */
@Route(value = ProofCheckService.ROUTE, autoLayout = false)
@PublicPage
public class ProofCheckView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final ProofCheckService checks;
    private final RequestRateLimit limit;
    private final CurrentUser user;
    private final Div answer = new Div();

    @Inject
    public ProofCheckView(ProofCheckService checks, RequestRateLimit limit, CurrentUser user) {
        this.checks = checks;
        this.limit = limit;
        this.user = user;
        setId("buddy-check");
        setMaxWidth("40em");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String code) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(language(event.getLocation().getQueryParameters().getSingleParameter("lang")));
        }
        removeAll();
        answer.removeAll();
        TextField typed = new TextField(getTranslation("buddy.check.code"));
        typed.setId("buddy-check-code");
        typed.setMaxLength(ProofVerification.Limits.TYPED_LENGTH);
        typed.setPlaceholder("K7QM-4TXP-9D");
        typed.setValue(code == null ? "" : code.strip());
        Button submit = new Button(getTranslation("buddy.check.submit"), e -> {
            if (typed.getValue().isBlank()) {
                typed.setErrorMessage(getTranslation("buddy.check.codeRequired"));
                typed.setInvalid(true);
                return;
            }
            typed.setInvalid(false);
            check(typed.getValue());
        });
        submit.setId("buddy-check-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        HorizontalLayout form = new HorizontalLayout(typed, submit);
        form.setAlignItems(Alignment.BASELINE);
        add(languageLinks(), new H1(getTranslation("buddy.check.title")),
                new Paragraph(getTranslation("buddy.check.intro")), form, answer);
        if (code != null && !code.isBlank()) {
            check(code);
        }
    }

    private void check(String code) {
        answer.removeAll();
        if (!limit.allow(clientAddress(), code)) {
            answer.add(note("buddy-check-slow-down", "buddy.check.slowDown"));
            return;
        }
        Optional<ProofCheck> found = checks.check(code);
        answer.add(found.<Component>map(this::valid)
                .orElseGet(() -> note("buddy-check-unknown", "buddy.check.unknown")));
    }

    private Div valid(ProofCheck proof) {
        Div box = new Div(new H2(getTranslation("buddy.check.valid")),
                line("buddy-check-programme", getTranslation("buddy.check.programme")),
                line("buddy-check-period", getTranslation("buddy.check.period", Formats.date(this, proof.from()),
                        Formats.date(this, proof.to()))),
                line("buddy-check-hours", getTranslation("buddy.check.hours", Formats.decimal(this, proof.hours()),
                        Formats.decimal(this, proof.confirmedHours()))),
                line("buddy-check-target", getTranslation(proof.targetReached() ? "buddy.check.targetReached"
                        : "buddy.check.targetNotReached", Formats.integer(this, proof.hoursTarget()))),
                line("buddy-check-issued", getTranslation("buddy.check.issued", Formats.date(this, proof.issuedOn()))),
                new Paragraph(getTranslation("buddy.check.compare")));
        box.setId("buddy-check-valid");
        box.getStyle().set("border-left", "4px solid var(--lumo-success-color)").set("padding-left", "1em");
        return box;
    }

    private static Paragraph line(String id, String text) {
        Paragraph line = new Paragraph(text);
        line.setId(id);
        return line;
    }

    private Paragraph note(String id, String key) {
        Paragraph note = new Paragraph(getTranslation(key));
        note.setId(id);
        return note;
    }

    /** Links to this page in Dutch and in English (without the code: the visitor types it again if he wants). */
    private static HorizontalLayout languageLinks() {
        Anchor dutch = new Anchor(ProofCheckService.ROUTE + "?lang=nl", "Nederlands");
        dutch.setId("buddy-check-lang-nl");
        Anchor english = new Anchor(ProofCheckService.ROUTE + "?lang=en", "English");
        english.setId("buddy-check-lang-en");
        return new HorizontalLayout(dutch, english);
    }

    /** {@code ?lang=} first, then a signed-in user's choice, then the browser's; Dutch for anything else. */
    private Locale language(Optional<String> asked) {
        String code = asked.orElse("");
        if (code.equals("en") || code.equals("nl")) {
            return code.equals("en") ? Locale.ENGLISH : DUTCH;
        }
        if (user.isAuthenticated()) {
            return user.locale().getLanguage().equals("en") ? Locale.ENGLISH : DUTCH;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        Locale browser = request == null ? null : request.getLocale();
        return browser != null && browser.getLanguage().equals("en") ? Locale.ENGLISH : DUTCH;
    }

    /** The address the request came from, for the limit per address; never shown or logged. */
    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? null : request.getRemoteAddr();
        return address == null ? "unknown" : address;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("buddy.check.title");
    }
}
