package be.buddytrajectories.host.users;

import be.buddytrajectories.host.security.HostPermissions;
import be.buddytrajectories.hostapi.RequiresPermission;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Set;
import java.util.stream.Collectors;

/** Users and their roles for admins: change roles, lift a lock, and see the audit trail of such changes. */
@Route("users")
@RequiresPermission(HostPermissions.ADMIN)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdministration administration;
    private final Grid<UserAccount> accounts = new Grid<>();
    private final CheckboxGroup<String> roles = new CheckboxGroup<>();
    private final Button save = new Button();
    private final Button unlock = new Button();
    private final Span message = new Span();
    private final Grid<HostAuditEntry> audit = new Grid<>();

    @Inject
    public UsersView(UserAdministration administration) {
        this.administration = administration;
        setId("users-view");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());

        accounts.setId("users-grid");
        accounts.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        accounts.addColumn(UserAccount::username).setHeader(getTranslation("host.users.username"));
        accounts.addColumn(a -> a.roles().stream().sorted().map(this::roleName).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("host.users.roles")).setKey("roles");
        accounts.addColumn(a -> a.lockedAt(administration.now()) ? getTranslation("host.users.locked") : "")
                .setHeader(getTranslation("host.users.state"));
        accounts.setAllRowsVisible(true);
        accounts.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));

        roles.setId("users-roles");
        roles.setLabel(getTranslation("host.users.roles"));
        roles.setItems(administration.roles());
        roles.setItemLabelGenerator(this::roleName);
        save.setText(getTranslation("host.users.save"));
        save.setId("users-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> attempt(() -> administration.changeRoles(selected().id(), roles.getValue()),
                "host.users.saved"));
        unlock.setText(getTranslation("host.users.unlock"));
        unlock.setId("users-unlock");
        unlock.addClickListener(e -> attempt(() -> administration.unlock(selected().id()), "host.users.unlocked"));
        message.setId("users-message");

        audit.setId("users-audit");
        audit.setEmptyStateText(getTranslation("host.empty.audit"));
        audit.addColumn(a -> when.format(a.at())).setHeader(getTranslation("host.users.audit.at"));
        audit.addColumn(HostAuditEntry::actor).setHeader(getTranslation("host.users.audit.actor"));
        audit.addColumn(a -> getTranslation("host.users.audit." + a.action().name()))
                .setHeader(getTranslation("host.users.audit.action"));
        audit.addColumn(HostAuditEntry::subject).setHeader(getTranslation("host.users.username"));
        audit.addColumn(HostAuditEntry::detail).setHeader(getTranslation("host.users.audit.detail")).setFlexGrow(2);
        audit.setAllRowsVisible(true);

        HorizontalLayout buttons = new HorizontalLayout(save, unlock);
        add(new H2(getTranslation("host.users.title")), accounts, roles, buttons, message,
                new H3(getTranslation("host.users.audit.title")), audit);
        refresh();
        select(null);
    }

    private UserAccount selected() {
        return accounts.asSingleSelect().getValue();
    }

    private void select(UserAccount account) {
        roles.setEnabled(account != null);
        save.setEnabled(account != null);
        unlock.setEnabled(account != null && account.lockedAt(administration.now()));
        roles.setValue(account == null ? Set.of() : account.roles());
    }

    private void attempt(Runnable change, String doneKey) {
        try {
            change.run();
            message.setText(getTranslation(doneKey, selected().username()));
            refresh();
        } catch (UserAdministrationException refused) {
            message.setText(getTranslation(refused.messageKey()));
        }
    }

    private void refresh() {
        UserAccount before = selected();
        accounts.setItems(administration.accounts());
        if (before != null) {
            administration.accounts().stream().filter(a -> a.id() == before.id()).findFirst()
                    .ifPresent(a -> accounts.asSingleSelect().setValue(a));
        }
        audit.setItems(administration.auditTrail());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("host.users.title");
    }

    /** The role in the user's language; a role the host does not know by name shows as it is stored. */
    private String roleName(String role) {
        String key = "host.role." + role;
        String name = getTranslation(key);
        return name.startsWith("!") ? role : name;
    }
}
