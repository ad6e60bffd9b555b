package be.buddytrajectories.host.plugins;

import java.util.Optional;

/**
 * One plugin as the manager lists it.
 *
 * @param descriptor    the active install's descriptor, or the staged one for a plugin not installed yet
 * @param state         where it stands
 * @param pending       the staged operation, if any
 * @param stagedVersion the version that a pending install brings, if any
 * @param sha256        SHA-256 of the archive the plugin (or its staged version) came from, if known
 * @param failure       the cause of a failed start, if it failed
 */
public record PluginStatus(PluginDescriptor descriptor, PluginState state, Optional<PendingOperation> pending,
                           Optional<String> stagedVersion, Optional<String> sha256, Optional<String> failure) {

    public String id() {
        return descriptor.id();
    }

    /** The active version, and the staged one after an arrow when an upgrade waits. */
    public String versionText() {
        return stagedVersion.filter(v -> !v.equals(descriptor.version()))
                .map(v -> descriptor.version() + " → " + v).orElse(descriptor.version());
    }
}
