/** How the plugin plugs into the host: its menu entries and its translations. */
package be.buddytrajectories.ui.shell;
