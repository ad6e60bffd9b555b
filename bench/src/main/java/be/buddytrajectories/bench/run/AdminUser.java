package be.buddytrajectories.bench.run;

import be.buddytrajectories.hostapi.CurrentUser;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The signed-in user of a benchmark run: an admin who also coordinates (rebuilds, suggests, searches, edits). */
record AdminUser(Locale locale) implements CurrentUser {

    private static final Set<String> PERMISSIONS = Set.of("buddy.admin", "buddy.coordinator");

    @Override
    public boolean isAuthenticated() {
        return true;
    }

    @Override
    public Optional<String> username() {
        return Optional.of("bench-admin");
    }

    @Override
    public Optional<Long> personId() {
        return Optional.empty();
    }

    @Override
    public Set<String> permissions() {
        return PERMISSIONS;
    }
}
