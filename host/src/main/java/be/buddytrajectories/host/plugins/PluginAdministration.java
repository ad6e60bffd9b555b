package be.buddytrajectories.host.plugins;

import be.buddytrajectories.host.security.HostPermissions;
import be.buddytrajectories.host.security.PermissionDenied;
import be.buddytrajectories.hostapi.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugin manager for the admin screen. Every method checks the admin permission itself, so that a view that
 * forgot to, or a crafted request, changes nothing; uploads also obey the {@link PluginUploads} switch.
 */
@ApplicationScoped
public class PluginAdministration {

    private static final Logger LOG = LoggerFactory.getLogger(PluginAdministration.class);

    private final PluginManager plugins;
    private final PluginUploads uploads;
    private final CurrentUser user;
    private final HostRestart restart;

    @Inject
    public PluginAdministration(PluginManager plugins, PluginUploads uploads, CurrentUser user, HostRestart restart) {
        this.plugins = plugins;
        this.uploads = uploads;
        this.user = user;
        this.restart = restart;
    }

    public List<PluginStatus> list() {
        requireAdmin();
        return plugins.list();
    }

    public boolean uploadsEnabled() {
        return uploads.enabled();
    }

    public long maxArchiveBytes() {
        return plugins.maxArchiveBytes();
    }

    /** Checks and stages an uploaded archive; the caller deletes the file afterwards. */
    public PluginStatus upload(Path archive) throws PluginRefusal, IOException {
        requireAdmin();
        if (!uploads.enabled()) {
            throw new PluginRefusal(PluginRefusal.Reason.UPLOADS_OFF);
        }
        try {
            PluginStatus staged = plugins.stage(archive);
            LOG.info("{} uploaded plugin {} {}", who(), staged.id(), staged.stagedVersion().orElse("?"));
            return staged;
        } catch (PluginRefusal refusal) {
            LOG.info("{} uploaded an archive that was refused: {}", who(), refusal.toString());
            throw refusal;
        }
    }

    public void disable(String id) throws PluginRefusal {
        requireAdmin();
        plugins.disable(id);
        LOG.info("{} disabled plugin {} (at the next start)", who(), id);
    }

    public void enable(String id) throws PluginRefusal {
        requireAdmin();
        plugins.enable(id);
        LOG.info("{} enabled plugin {} (at the next start)", who(), id);
    }

    public void uninstall(String id, boolean removeData) throws PluginRefusal {
        requireAdmin();
        plugins.uninstall(id, removeData);
        LOG.info("{} uninstalled plugin {} ({}) at the next start", who(), id, removeData ? "removing its data"
                : "keeping its data");
    }

    public void restartNow() {
        requireAdmin();
        LOG.info("{} asked for a restart", who());
        restart.restartNow();
    }

    private void requireAdmin() {
        if (!user.hasPermission(HostPermissions.ADMIN)) {
            throw new PermissionDenied("plugins");
        }
    }

    private String who() {
        return "admin " + user.username().orElse("?");
    }
}
