/**
 * The plugin manager: reads a plugin's descriptor from its archive without loading a class, validates and stages
 * uploads, and keeps each plugin's state in files under the plugins directory, so that {@code bin/host}, the
 * command line ({@link be.buddytrajectories.host.plugins.PluginCommand}) and the admin screen agree:
 * <pre>
 * plugins/&lt;id&gt;/plugin.properties, lib/*.jar   the active install (on the class path unless a marker says no)
 * plugins/&lt;id&gt;/archive.sha256                 SHA-256 of the archive it came from
 * plugins/&lt;id&gt;/DISABLED                       marker: left off the class path
 * plugins/&lt;id&gt;/FAILED                         marker with the cause: failed at start, left off the class path
 * plugins/.staged/&lt;id&gt;/                        an uploaded version waiting for the next start
 * plugins/.pending.properties                  &lt;id&gt;=install|enable|disable|uninstall|uninstall-remove-data
 * </pre>
 * Installing is staging plus a restart: the launcher applies pending operations before it builds the class path.
 */
package be.buddytrajectories.host.plugins;
