package be.buddytrajectories.host.plugins;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.host.HostTesting;
import be.buddytrajectories.host.layout.HomeView;
import be.buddytrajectories.host.security.PermissionDenied;
import be.buddytrajectories.host.security.PermissionDeniedView;
import be.buddytrajectories.host.security.SessionUser;
import be.buddytrajectories.host.security.UserAccounts;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginsViewTest {

    @TempDir
    Path uploads;

    private HostTesting host;

    @AfterEach
    void stop() throws Exception {
        host.close();
    }

    private void start(boolean uploadsOn) {
        host = HostTesting.start(uploadsOn);
    }

    private void signIn(String username, String language) {
        SessionUser.attach(host.bean(UserAccounts.class).signIn(username, HostTesting.PASSWORD.toCharArray())
                .orElseThrow());
        UI.getCurrent().setLocale(Locale.forLanguageTag(language));
        UI.getCurrent().navigate(HomeView.class);
    }

    /** An installed plugin and a failed one, as the launcher leaves them. */
    private void installTwoPlugins() throws Exception {
        PluginManager manager = host.bean(PluginManager.class);
        manager.stage(TestArchives.plugin(uploads, "probe-plugin", "1.2.0"));
        manager.stage(TestArchives.plugin(uploads, "broken-plugin", "0.3.0"));
        manager.applyPending(new PluginData("jdbc:unused", "", "", uploads));
        manager.markFailed("broken-plugin", "java.lang.IllegalStateException: probe refuses to start");
    }

    private Grid<?> grid() {
        return _get(Grid.class, spec -> spec.withId("plugins-grid"));
    }

    private String message() {
        return _get(Span.class, spec -> spec.withId("plugins-message")).getText();
    }

    @Test
    void adminSeesEachPluginWithVersionStateRangeChecksumAndCauseOfFailure() throws Exception {
        start(true);
        installTwoPlugins();
        signIn("admin", "en");

        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Plugins");
        UI.getCurrent().navigate(PluginsView.class);

        Grid<?> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormatted(grid, 0, "id")).isEqualTo("broken-plugin");
        assertThat(GridKt._getFormatted(grid, 0, "state")).isEqualTo("Failed");
        assertThat(GridKt._getFormatted(grid, 0, "failure"))
                .isEqualTo("java.lang.IllegalStateException: probe refuses to start");
        assertThat(GridKt._getFormatted(grid, 1, "name")).isEqualTo("Test plugin probe-plugin");
        assertThat(GridKt._getFormatted(grid, 1, "version")).isEqualTo("1.2.0");
        assertThat(GridKt._getFormatted(grid, 1, "state")).isEqualTo("Active");
        assertThat(GridKt._getFormatted(grid, 1, "requires")).isEqualTo("[1.0.0,2.0.0)");
        assertThat(GridKt._getFormatted(grid, 1, "sha256")).hasSize(64);
    }

    @Test
    void buddyAndCoordinatorNeitherSeeNorOpenThePluginScreenAndTheServiceRefusesThem() {
        start(true);
        signIn("coordinator", "nl");

        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).doesNotContain("Plugins");
        UI.getCurrent().navigate("plugins");
        _get(PermissionDeniedView.class);
        assertThat(_find(PluginsView.class)).isEmpty();

        PluginAdministration service = host.bean(PluginAdministration.class);
        assertThatThrownBy(service::list).isInstanceOf(PermissionDenied.class);
        assertThatThrownBy(() -> service.uninstall("probe-plugin", true)).isInstanceOf(PermissionDenied.class);
        assertThatThrownBy(service::restartNow).isInstanceOf(PermissionDenied.class);
        assertThat(host.restarts()).isZero();
    }

    @Test
    void uploadingSomethingThatIsNotAnArchiveSaysSoAndStagesNothing() {
        start(true);
        signIn("admin", "nl");
        UI.getCurrent().navigate(PluginsView.class);

        UploadKt._upload(_get(Upload.class), "notities.zip", "application/zip",
                "geen zip".getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();

        assertThat(message()).isEqualTo("Geweigerd: dit bestand is geen plugin-archief (een .zip-bestand)."
                + " Er is niets veranderd.");
        assertThat(host.pluginsDir().resolve(".pending.properties")).doesNotExist();
        assertThat(GridKt._size(grid())).isZero();
    }

    @Test
    void aFileTheBrowserRejectsIsExplainedInTheUsersLanguage() {
        start(true);
        signIn("admin", "en");
        UI.getCurrent().navigate(PluginsView.class);
        Upload upload = _get(Upload.class);

        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, "File is Too Big.", "huge.zip"));

        assertThat(message()).isEqualTo("Refused: only a .zip file of at most 1 MB is accepted. Nothing was changed.");
    }

    @Test
    void uploadingAGoodArchiveStagesItShowsItsChecksumAndRestartNowRestarts() throws Exception {
        start(true);
        signIn("admin", "en");
        UI.getCurrent().navigate(PluginsView.class);
        Path archive = TestArchives.plugin(uploads, "probe-plugin", "1.2.0");

        UploadKt._upload(_get(Upload.class), "probe.zip", "application/zip", Files.readAllBytes(archive));
        MockVaadin.clientRoundtrip();

        assertThat(message()).startsWith("Plugin Test plugin probe-plugin 1.2.0 is checked and staged")
                .endsWith(PluginArchive.sha256(archive));
        assertThat(GridKt._getFormatted(grid(), 0, "state")).isEqualTo("Restart required: installs the uploaded version");

        _click(_get(Button.class, spec -> spec.withId("plugins-restart")));
        assertThat(host.restarts()).isEqualTo(1);
    }

    @Test
    void uninstallAsksWhetherToKeepTheDataAndStagesTheChoice() throws Exception {
        start(true);
        installTwoPlugins();
        signIn("admin", "en");
        UI.getCurrent().navigate(PluginsView.class);

        assertThat(GridKt._getFormatted(grid(), 1, "id")).isEqualTo("probe-plugin");
        Component actions = GridKt._getCellComponent(grid(), 1, "actions");
        _click(_get(actions, Button.class, spec -> spec.withId("plugin-uninstall-probe-plugin")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(dialog)).contains("tables starting with probe_");
        ConfirmDialogKt._fireReject(dialog);

        assertThat(message()).isEqualTo("Plugin probe-plugin is uninstalled when the host restarts, and its tables"
                + " and files are removed.");
        assertThat(Files.readString(host.pluginsDir().resolve(".pending.properties")))
                .contains("probe-plugin=uninstall-remove-data");
    }

    @Test
    void withUploadsSwitchedOffTheUploadIsHiddenAndTheServiceRefuses() throws Exception {
        start(false);
        signIn("admin", "en");
        UI.getCurrent().navigate(PluginsView.class);

        assertThat(_find(Upload.class)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("plugins-uploads-off")).getText())
                .startsWith("Uploading plugins is switched off");
        Path archive = TestArchives.plugin(uploads, "probe-plugin", "1.2.0");
        assertThatThrownBy(() -> host.bean(PluginAdministration.class).upload(archive))
                .isInstanceOfSatisfying(PluginRefusal.class,
                        r -> assertThat(r.reason()).isEqualTo(PluginRefusal.Reason.UPLOADS_OFF));
        assertThat(host.pluginsDir().resolve(".staged")).doesNotExist();
    }
}
