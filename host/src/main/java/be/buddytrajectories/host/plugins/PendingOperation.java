package be.buddytrajectories.host.plugins;

import java.util.Arrays;
import java.util.Optional;

/** What the launcher does with a plugin at the next start, as written in {@code plugins/.pending.properties}. */
public enum PendingOperation {
    /** Replace (or create) {@code plugins/<id>/} with {@code plugins/.staged/<id>/}: an install or an upgrade. */
    INSTALL("install"),
    ENABLE("enable"),
    DISABLE("disable"),
    /** Remove the plugin's files; its tables and data directory stay. */
    UNINSTALL("uninstall"),
    /** Remove the plugin's files, tables (its prefix), changelog tables and data directory. */
    UNINSTALL_REMOVE_DATA("uninstall-remove-data");

    private final String word;

    PendingOperation(String word) {
        this.word = word;
    }

    /** The word in the pending file, for example {@code uninstall-remove-data}. */
    public String word() {
        return word;
    }

    static Optional<PendingOperation> ofWord(String word) {
        return Arrays.stream(values()).filter(o -> o.word.equals(word)).findFirst();
    }
}
