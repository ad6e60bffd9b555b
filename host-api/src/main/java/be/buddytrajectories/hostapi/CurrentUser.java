package be.buddytrajectories.hostapi;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The user on whose behalf the current request runs. Outside a user request (background jobs) the user is
 * anonymous and has no permissions.
 */
public interface CurrentUser {

    boolean isAuthenticated();

    /** The login name, or empty when anonymous. */
    Optional<String> username();

    /** The host person this user is (a buddy is also a volunteer), or empty. */
    Optional<Long> personId();

    /** The permissions the host grants this user, plugin-declared ones included (e.g. {@code buddy.coordinator}). */
    Set<String> permissions();

    default boolean hasPermission(String permission) {
        return permissions().contains(permission);
    }

    default boolean hasAnyPermission(String... wanted) {
        for (String permission : wanted) {
            if (hasPermission(permission)) {
                return true;
            }
        }
        return false;
    }

    /** The language the user chose for the interface; Dutch by default. */
    Locale locale();
}
