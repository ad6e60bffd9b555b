package be.buddytrajectories.hostapi;

import java.nio.file.Path;

/** Where plugins keep files that are not in the database, such as a search index. */
public interface DataDirectory {

    /** The directory of this plugin, created when missing. It survives upgrades; an uninstall with data removes it. */
    Path forPlugin(String pluginId);
}
