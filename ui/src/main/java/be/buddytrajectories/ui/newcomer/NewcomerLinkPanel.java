package be.buddytrajectories.ui.newcomer;

import be.buddytrajectories.core.newcomerlink.IssuedLink;
import be.buddytrajectories.core.newcomerlink.NewcomerLinkService;
import be.buddytrajectories.hostapi.HostInfo;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Problems;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Supplier;

/**
 * On the duo screen: the newcomer's personal link. Issuing (or replacing) shows the link and its QR code once,
 * ready to print or send; afterwards only the moment it was made is known.
 */
public class NewcomerLinkPanel extends VerticalLayout {

    private static final String PRINT_AREA = "buddy-duo-newcomer-link-print";

    private final NewcomerLinkService links;
    private final HostInfo host;
    private final long trajectoryId;

    public NewcomerLinkPanel(NewcomerLinkService links, HostInfo host, long trajectoryId) {
        this.links = links;
        this.host = host;
        this.trajectoryId = trajectoryId;
        setId("buddy-duo-newcomer-link-panel");
        setPadding(false);
        render(null);
    }

    private void render(IssuedLink issued) {
        removeAll();
        if (issued != null) {
            add(shownOnce(host.link(issued.path())));
        }
        Span status = new Span(links.activeSince(trajectoryId)
                .map(since -> getTranslation("buddy.newcomerLink.activeSince", Formats.utcDateTime(this, since)))
                .orElseGet(() -> getTranslation("buddy.newcomerLink.none")));
        status.setId("buddy-duo-newcomer-link-status");
        add(status);
        boolean active = links.activeSince(trajectoryId).isPresent();
        Button issue = new Button(getTranslation(active ? "buddy.newcomerLink.replace" : "buddy.newcomerLink.issue"),
                VaadinIcon.LINK.create(), e -> change(() -> links.issue(trajectoryId)));
        issue.setId(active ? "buddy-duo-newcomer-link-replace" : "buddy-duo-newcomer-link-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(issue);
        if (active) {
            Button revoke = new Button(getTranslation("buddy.newcomerLink.revoke"), VaadinIcon.UNLINK.create(),
                    e -> change(() -> {
                        links.revoke(trajectoryId);
                        return null;
                    }));
            revoke.setId("buddy-duo-newcomer-link-revoke");
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(revoke);
        }
        add(buttons);
    }

    private void change(Supplier<IssuedLink> action) {
        try {
            render(action.get());
        } catch (RuntimeException refused) {
            Problems.show(this, refused);
        }
    }

    /** The link and its QR code, with a print button that prints only them. */
    private Div shownOnce(String link) {
        Paragraph once = new Paragraph(getTranslation("buddy.newcomerLink.onceOnly"));
        once.setId("buddy-duo-newcomer-link-once");
        TextField field = new TextField(getTranslation("buddy.newcomerLink.link"));
        field.setId("buddy-duo-newcomer-link");
        field.setValue(link);
        field.setReadOnly(true);
        field.setWidthFull();
        Image qr = new Image(QrCode.dataUrl(link), getTranslation("buddy.newcomerLink.qrAlt"));
        qr.setId("buddy-duo-newcomer-link-qr");
        qr.setWidth("min(16em, 100%)");
        Paragraph caption = new Paragraph(getTranslation("buddy.newcomerLink.caption"));
        Button print = new Button(getTranslation("buddy.newcomerLink.print"), VaadinIcon.PRINT.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("buddy-duo-newcomer-link-print-button");
        Div area = new Div(once, field, qr, caption, print, new Html("<style>@media print { body * { visibility: hidden; }"
                + " #" + PRINT_AREA + ", #" + PRINT_AREA + " * { visibility: visible; }"
                + " #" + PRINT_AREA + " { position: absolute; left: 0; top: 0; width: 100%; }"
                + " #" + PRINT_AREA + " vaadin-button, #buddy-duo-newcomer-link-once { display: none; } }</style>"));
        area.setId(PRINT_AREA);
        area.getStyle().set("border", "2px dashed var(--lumo-contrast-30pct)").set("padding", "var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("max-width", "28em");
        return area;
    }
}
