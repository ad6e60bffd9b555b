package be.buddytrajectories.host.plugins;

import be.buddytrajectories.host.security.HostPermissions;
import be.buddytrajectories.hostapi.RequiresPermission;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin's plugin screen: what is installed and in which state, upload of a new plugin or version, disable,
 * enable, uninstall (keeping or removing the data) and "restart now", after which staged operations take effect.
 */
@Route("plugins")
@RequiresPermission(HostPermissions.ADMIN)
public class PluginsView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(PluginsView.class);

    private final PluginAdministration plugins;
    private final Grid<PluginStatus> grid = new Grid<>();
    private final Span message = new Span();

    @Inject
    public PluginsView(PluginAdministration plugins) {
        this.plugins = plugins;
        setId("plugins-view");
        setSizeFull();
        message.setId("plugins-message");

        grid.setId("plugins-grid");
        grid.setEmptyStateText(getTranslation("host.plugins.none"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(p -> p.descriptor().name()).setKey("name").setHeader(t("host.plugins.column.name"))
                .setFlexGrow(2);
        grid.addColumn(PluginStatus::id).setKey("id").setHeader(t("host.plugins.column.id"));
        grid.addColumn(PluginStatus::versionText).setKey("version").setHeader(t("host.plugins.column.version"));
        grid.addColumn(this::stateText).setKey("state").setHeader(t("host.plugins.column.state")).setFlexGrow(2);
        grid.addColumn(p -> p.descriptor().requires()).setKey("requires")
                .setHeader(t("host.plugins.column.requires"));
        grid.addColumn(p -> p.sha256().orElse("—")).setKey("sha256").setHeader("SHA-256").setFlexGrow(3);
        grid.addColumn(p -> p.failure().orElse("")).setKey("failure").setHeader(t("host.plugins.column.failure"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::actions).setKey("actions").setFlexGrow(3);
        grid.setSizeFull();

        Button restart = new Button(t("host.plugins.restart"), e -> restart());
        restart.setId("plugins-restart");
        restart.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(new H2(t("host.plugins.title")), new Paragraph(t("host.plugins.intro")));
        if (plugins.uploadsEnabled()) {
            add(upload());
        } else {
            Paragraph off = new Paragraph(t("host.plugins.uploadsOff"));
            off.setId("plugins-uploads-off");
            add(off);
        }
        add(message, grid, restart);
        refresh();
    }

    private Upload upload() {
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> receive(file)));
        upload.setId("plugins-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, plugins.maxArchiveBytes()));
        // The browser refuses a wrong type or size before sending anything; say it in the user's language.
        upload.addFileRejectedListener(e -> refused(t("host.plugins.rejected",
                String.format(java.util.Locale.ROOT, "%.0f", plugins.maxArchiveBytes() / (1024.0 * 1024.0)))));
        upload.setUploadButton(new Button(t("host.plugins.upload")));
        return upload;
    }

    /** Runs with the UI locked, once the upload is in a temporary file. */
    private void receive(File file) {
        try {
            PluginStatus staged = plugins.upload(file.toPath());
            done(t("host.plugins.staged", staged.descriptor().name(),
                    staged.stagedVersion().orElse(staged.descriptor().version()), staged.sha256().orElse("")));
        } catch (PluginRefusal refusal) {
            refused(refusal.message(this::getTranslation));
        } catch (IOException e) {
            LOG.error("cannot stage an uploaded plugin", e);
            refused(t("host.plugins.ioError"));
        } finally {
            deleteQuietly(file);
        }
    }

    private HorizontalLayout actions(PluginStatus plugin) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (plugin.state() == PluginState.ACTIVE) {
            buttons.add(button("disable", plugin, () -> plugins.disable(plugin.id()), "host.plugins.pending.DISABLE"));
        }
        if (plugin.state() == PluginState.DISABLED || plugin.state() == PluginState.FAILED) {
            buttons.add(button("enable", plugin, () -> plugins.enable(plugin.id()), "host.plugins.pending.ENABLE"));
        }
        // Every listed plugin is installed or staged, and either can be uninstalled.
        Button uninstall = new Button(t("host.plugins.uninstall"), e -> confirmUninstall(plugin));
        uninstall.setId("plugin-uninstall-" + plugin.id());
        uninstall.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        buttons.add(uninstall);
        return buttons;
    }

    private Button button(String action, PluginStatus plugin, Operation operation, String doneKey) {
        Button button = new Button(t("host.plugins." + action), e -> run(operation, t(doneKey, plugin.id())));
        button.setId("plugin-" + action + "-" + plugin.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void confirmUninstall(PluginStatus plugin) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("plugins-uninstall-dialog");
        dialog.setHeader(t("host.plugins.uninstall.title", plugin.descriptor().name()));
        dialog.setText(t("host.plugins.uninstall.text", plugin.descriptor().tablePrefix()));
        dialog.setConfirmText(t("host.plugins.uninstall.keepData"));
        dialog.addConfirmListener(e -> run(() -> plugins.uninstall(plugin.id(), false),
                t("host.plugins.pending.UNINSTALL", plugin.id())));
        dialog.setRejectable(true);
        dialog.setRejectText(t("host.plugins.uninstall.removeData"));
        dialog.setRejectButtonTheme("error primary");
        dialog.addRejectListener(e -> run(() -> plugins.uninstall(plugin.id(), true),
                t("host.plugins.pending.UNINSTALL_REMOVE_DATA", plugin.id())));
        dialog.setCancelable(true);
        dialog.setCancelText(t("host.plugins.cancel"));
        dialog.open();
    }

    private void restart() {
        plugins.restartNow();
        done(t("host.plugins.restarting"));
    }

    private void run(Operation operation, String doneMessage) {
        try {
            operation.run();
            done(doneMessage);
        } catch (PluginRefusal refusal) {
            refused(refusal.message(this::getTranslation));
        }
    }

    private void done(String text) {
        message.setText(text);
        message.getElement().getThemeList().clear();
        message.getElement().getThemeList().add("badge success");
        Notification.show(text, 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private void refused(String text) {
        message.setText(text);
        message.getElement().getThemeList().clear();
        message.getElement().getThemeList().add("badge error");
        Notification.show(text, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void refresh() {
        grid.setItems(plugins.list());
    }

    private String stateText(PluginStatus plugin) {
        String state = t("host.plugins.state." + plugin.state().name());
        return plugin.pending().map(op -> state + ": " + t("host.plugins.operation." + op.name())).orElse(state);
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }

    private static void deleteQuietly(File file) {
        try {
            Files.deleteIfExists(file.toPath());
        } catch (IOException e) {
            LOG.warn("cannot delete the uploaded file {}", file, e);
        }
    }

    @Override
    public String getPageTitle() {
        return t("host.plugins.title");
    }

    /** A plugin operation that may be refused. */
    @FunctionalInterface
    private interface Operation {
        void run() throws PluginRefusal;
    }
}
