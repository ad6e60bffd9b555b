package be.buddytrajectories.hostapi;

import java.util.Objects;

/**
 * One entry in the host's navigation.
 *
 * @param path               route path of the view, without leading slash (e.g. {@code buddy})
 * @param title              title in the user's language
 * @param icon               a Vaadin icon name such as {@code vaadin:handshake}, or {@code null}
 * @param requiredPermission shown only to users with this permission
 * @param order              position; host entries use multiples of 100
 * @param description        one sentence in the user's language on what the screen is for, shown on the host's
 *                           start page, or {@code null}
 */
public record MenuEntry(String path, String title, String icon, String requiredPermission, int order,
                        String description) {

    public MenuEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(requiredPermission, "requiredPermission");
    }

    /** An entry without a description. */
    public MenuEntry(String path, String title, String icon, String requiredPermission, int order) {
        this(path, title, icon, requiredPermission, order, null);
    }
}
