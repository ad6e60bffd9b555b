package be.buddytrajectories.host.plugins;

/**
 * Whether admins may upload plugins through the web ({@code host.plugins.upload}, default on). Organisations
 * that install only from the command line switch it off; the command line is not affected.
 */
public record PluginUploads(boolean enabled) {
}
