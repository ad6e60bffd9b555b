package be.buddytrajectories.ui.mail;

import be.buddytrajectories.core.access.Permission.Keys;
import be.buddytrajectories.core.mail.Audience;
import be.buddytrajectories.core.mail.MailAdmin;
import be.buddytrajectories.core.mail.MailKind;
import be.buddytrajectories.core.mail.MailState;
import be.buddytrajectories.core.mail.OutgoingMail;
import be.buddytrajectories.hostapi.RequiresPermission;
import be.buddytrajectories.ui.shell.FieldErrors;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Labels;
import be.buddytrajectories.ui.shell.Problems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Mail for admins: the outbox (failures first, with the mail server's message, and a retry), which kinds go out,
 * and the wording of each kind.
 */
@Route("buddy/admin/mail")
@RequiresPermission({Keys.ADMIN})
public class MailAdminView extends VerticalLayout implements HasDynamicTitle {

    static final int QUEUE_ROWS = 200;

    private final MailAdmin mail;
    private final Span figures = new Span();
    private final Grid<OutgoingMail> queue = new Grid<>();

    @Inject
    public MailAdminView(MailAdmin mail) {
        this.mail = mail;
        setId("buddy-mail");
        figures.setId("buddy-mail-figures");
        Button retryFailed = new Button(getTranslation("buddy.mail.retryFailed"), e -> {
            try {
                Problems.confirm(getTranslation("buddy.mail.retried", mail.retryAllFailed()));
                refresh();
            } catch (RuntimeException refused) {
                Problems.show(this, refused);
            }
        });
        retryFailed.setId("buddy-mail-retry-failed");
        Button reload = new Button(getTranslation("buddy.mail.reload"), e -> refresh());
        reload.setId("buddy-mail-reload");
        configureQueue();

        FieldErrors errors = new FieldErrors(this);
        WordingForm wording = new WordingForm(errors, Audience::languages);
        wording.addChosenListener(e -> wording.show(mail.wording(wording.kind(), wording.audience(),
                wording.language())));
        wording.addSavedListener(e -> errors.attempt(() -> {
            mail.reword(wording.kind(), wording.audience(), wording.language(), e.wording());
            return true;
        }).ifPresent(saved -> Problems.confirm(getTranslation("buddy.mail.wording.saved"))));
        wording.addRestoredListener(e -> {
            mail.restoreStandard(wording.kind(), wording.audience(), wording.language());
            wording.show(mail.wording(wording.kind(), wording.audience(), wording.language()));
            Problems.confirm(getTranslation("buddy.mail.wording.restored"));
        });
        wording.show(mail.wording(wording.kind(), wording.audience(), wording.language()));

        add(new H2(getTranslation("buddy.mail.title")), new Span(getTranslation("buddy.mail.about")),
                new HorizontalLayout(figures, retryFailed, reload), queue,
                new H3(getTranslation("buddy.mail.kinds")), kinds(mail.kinds()),
                new H3(getTranslation("buddy.mail.wording")), wording);
        refresh();
    }

    private void configureQueue() {
        queue.setId("buddy-mail-queue");
        queue.addColumn(m -> Formats.utcDateTime(this, m.createdAt())).setHeader(getTranslation("buddy.mail.created"))
                .setAutoWidth(true);
        queue.addColumn(m -> Labels.of(this, m.kind())).setHeader(getTranslation("buddy.mail.kind")).setAutoWidth(true);
        queue.addColumn(OutgoingMail::address).setHeader(getTranslation("buddy.mail.to")).setAutoWidth(true);
        queue.addColumn(OutgoingMail::subject).setHeader(getTranslation("buddy.mail.subject")).setFlexGrow(1);
        queue.addColumn(m -> Labels.of(this, m.state())).setHeader(getTranslation("buddy.mail.state"))
                .setAutoWidth(true);
        queue.addColumn(OutgoingMail::attempts).setHeader(getTranslation("buddy.mail.attempts")).setAutoWidth(true);
        queue.addColumn(m -> m.state() == MailState.PENDING ? Formats.utcDateTime(this, m.nextAttemptAt()) : "")
                .setHeader(getTranslation("buddy.mail.nextAttempt")).setAutoWidth(true);
        queue.addColumn(m -> m.lastError().orElse("")).setHeader(getTranslation("buddy.mail.error")).setFlexGrow(1);
        queue.addComponentColumn(m -> {
            if (m.state() != MailState.FAILED) {
                return new Span();
            }
            Button retry = new Button(getTranslation("buddy.mail.retry"), e -> {
                try {
                    mail.retry(m.id());
                    refresh();
                } catch (RuntimeException refused) {
                    Problems.show(this, refused);
                }
            });
            retry.setId("buddy-mail-retry-" + m.id());
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return retry;
        });
        queue.setAllRowsVisible(false);
        queue.setHeight("24em");
    }

    private VerticalLayout kinds(Map<MailKind, Boolean> current) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        current.forEach((kind, on) -> {
            Checkbox checkbox = new Checkbox(Labels.of(this, kind), on);
            checkbox.setId("buddy-mail-kind-" + kind.name());
            checkbox.setHelperText(getTranslation("buddy.mail.kindAbout." + kind.name()));
            checkbox.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    mail.switchKind(kind, e.getValue());
                    Problems.confirm(getTranslation(e.getValue() ? "buddy.mail.kindOn" : "buddy.mail.kindOff",
                            Labels.of(this, kind)));
                }
            });
            box.add(checkbox);
        });
        return box;
    }

    private void refresh() {
        Map<MailState, Long> counts = mail.figures();
        figures.setText(counts.entrySet().stream().map(e -> Labels.of(this, e.getKey()) + ": "
                + Formats.integer(this, e.getValue())).collect(Collectors.joining(" · ")));
        counts.forEach((state, count) -> figures.getElement().setAttribute("data-" + state.name().toLowerCase(
                java.util.Locale.ROOT), Long.toString(count)));
        queue.setItems(mail.queue(QUEUE_ROWS));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("buddy.mail.title");
    }
}
