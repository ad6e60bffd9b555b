package be.buddytrajectories.ui.admin;

import be.buddytrajectories.core.access.Permission.Keys;
import be.buddytrajectories.core.audit.AuditEntry;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.hostapi.RequiresPermission;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Labels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/** The latest audit entries, or those about one person. */
@Route("buddy/admin/audit")
@RequiresPermission({Keys.ADMIN})
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    static final int RECENT = 200;

    @Inject
    public AuditLogView(AuditTrail audit) {
        setId("buddy-audit");
        Grid<AuditEntry> grid = new Grid<>();
        grid.setEmptyStateText(getTranslation("buddy.empty.audit"));
        grid.setId("buddy-audit-grid");
        grid.addColumn(a -> Formats.utcDateTime(this, a.recordedAt())).setHeader(getTranslation("buddy.audit.when"));
        grid.addColumn(a -> a.actorUsername().orElse(getTranslation("buddy.audit.system")))
                .setHeader(getTranslation("buddy.audit.who"));
        grid.addColumn(a -> Labels.of(this, a.action())).setHeader(getTranslation("buddy.audit.action"));
        grid.addColumn(a -> a.subjectPersonId().map(String::valueOf).orElse(""))
                .setHeader(getTranslation("buddy.audit.subject"));
        grid.addColumn(a -> a.detail().orElse("")).setHeader(getTranslation("buddy.audit.detail"));
        grid.setItems(audit.recent(RECENT));
        IntegerField person = new IntegerField(getTranslation("buddy.audit.person"));
        person.setId("buddy-audit-person");
        Button filter = new Button(getTranslation("buddy.audit.filter"), e -> grid.setItems(
                person.getValue() == null ? audit.recent(RECENT) : audit.about(person.getValue())));
        filter.setId("buddy-audit-filter");
        HorizontalLayout filtering = new HorizontalLayout(person, filter);
        filtering.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("buddy.audit.title")), filtering, grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("buddy.audit.title");
    }
}
