package be.buddytrajectories.ui.crm;

import be.buddytrajectories.core.access.Permission.Keys;
import be.buddytrajectories.core.crm.CrmAdmin;
import be.buddytrajectories.core.crm.CrmWrite;
import be.buddytrajectories.core.crm.CrmWriteState;
import be.buddytrajectories.hostapi.CrmWriteBack;
import be.buddytrajectories.hostapi.RequiresPermission;
import be.buddytrajectories.ui.duo.DuoView;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Labels;
import be.buddytrajectories.ui.shell.Problems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Write-back for admins: which writes the host makes, and the queue (failures first, with the CRM's own message,
 * and a retry per write or for all failed ones).
 */
@Route("buddy/admin/crm")
@RequiresPermission({Keys.ADMIN})
public class CrmAdminView extends VerticalLayout implements HasDynamicTitle {

    static final int QUEUE_ROWS = 200;
    static final String RETRY_COLUMN = "retry";

    private final CrmAdmin crm;
    private final Span figures = new Span();
    private final Grid<CrmWrite> queue = new Grid<>();

    @Inject
    public CrmAdminView(CrmAdmin crm) {
        this.crm = crm;
        setId("buddy-crm");
        Span writes = new Span(writes(crm.writes()));
        writes.setId("buddy-crm-writes");
        figures.setId("buddy-crm-figures");
        Button retryFailed = new Button(getTranslation("buddy.crm.retryFailed"), e -> {
            try {
                Problems.confirm(getTranslation("buddy.crm.retried", crm.retryAllFailed()));
                refresh();
            } catch (RuntimeException refused) {
                Problems.show(this, refused);
            }
        });
        retryFailed.setId("buddy-crm-retry-failed");
        Button reload = new Button(getTranslation("buddy.crm.reload"), e -> refresh());
        reload.setId("buddy-crm-reload");
        configureQueue();
        add(new H2(getTranslation("buddy.crm.title")), writes, new Span(getTranslation("buddy.crm.about")),
                new HorizontalLayout(figures, retryFailed, reload), queue);
        refresh();
    }

    private String writes(Set<CrmWriteBack.Write> on) {
        if (on.isEmpty()) {
            return getTranslation("buddy.crm.writesNothing");
        }
        return getTranslation("buddy.crm.writes", on.stream().sorted().map(w -> Labels.of(this, w))
                .collect(Collectors.joining(", ")));
    }

    private void configureQueue() {
        queue.setId("buddy-crm-queue");
        queue.addColumn(w -> Formats.utcDateTime(this, w.createdAt())).setHeader(getTranslation("buddy.crm.created"))
                .setAutoWidth(true);
        queue.addColumn(w -> Labels.of(this, w.kind())).setHeader(getTranslation("buddy.crm.kind")).setAutoWidth(true);
        queue.addComponentColumn(w -> new RouterLink(getTranslation("buddy.crm.duo", w.trajectoryId()), DuoView.class,
                w.trajectoryId())).setHeader(getTranslation("buddy.crm.duoHeader")).setAutoWidth(true);
        queue.addColumn(w -> Formats.date(this, w.happenedOn())).setHeader(getTranslation("buddy.crm.happenedOn"))
                .setAutoWidth(true);
        queue.addColumn(w -> Labels.of(this, w.state())).setHeader(getTranslation("buddy.crm.state"))
                .setAutoWidth(true);
        queue.addColumn(CrmWrite::attempts).setHeader(getTranslation("buddy.crm.attempts")).setAutoWidth(true);
        queue.addColumn(w -> w.state() == CrmWriteState.PENDING ? Formats.utcDateTime(this, w.nextAttemptAt()) : "")
                .setHeader(getTranslation("buddy.crm.nextAttempt")).setAutoWidth(true);
        queue.addColumn(w -> w.crmId().orElse("")).setHeader(getTranslation("buddy.crm.crmId")).setAutoWidth(true);
        queue.addColumn(w -> w.lastError().orElse("")).setHeader(getTranslation("buddy.crm.error")).setFlexGrow(1);
        queue.addComponentColumn(w -> {
            if (w.state() != CrmWriteState.FAILED) {
                return new Span();
            }
            Button retry = new Button(getTranslation("buddy.crm.retry"), e -> {
                try {
                    crm.retry(w.id());
                    refresh();
                } catch (RuntimeException refused) {
                    Problems.show(this, refused);
                }
            });
            retry.setId("buddy-crm-retry-" + w.id());
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return retry;
        }).setKey(RETRY_COLUMN);
        queue.setHeight("24em");
    }

    private void refresh() {
        Map<CrmWriteState, Long> counts = crm.figures();
        figures.setText(counts.entrySet().stream().map(e -> Labels.of(this, e.getKey()) + ": "
                + Formats.integer(this, e.getValue())).collect(Collectors.joining(" · ")));
        counts.forEach((state, count) -> figures.getElement().setAttribute(
                "data-" + state.name().toLowerCase(Locale.ROOT), Long.toString(count)));
        queue.setItems(crm.queue(QUEUE_ROWS));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("buddy.crm.title");
    }
}
