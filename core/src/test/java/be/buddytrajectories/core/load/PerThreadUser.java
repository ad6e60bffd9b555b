package be.buddytrajectories.core.load;

import be.buddytrajectories.hostapi.testing.FakeCurrentUser;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A current user per thread: in the host the current user belongs to the HTTP session, so each simulated
 * coordinator (one thread) is signed in on his own.
 */
final class PerThreadUser extends FakeCurrentUser {

    private final ThreadLocal<FakeCurrentUser> current = ThreadLocal.withInitial(FakeCurrentUser::new);

    @Override
    public FakeCurrentUser signIn(String username, Long personId, String... permissions) {
        current.get().signIn(username, personId, permissions);
        return this;
    }

    @Override
    public FakeCurrentUser speaking(Locale locale) {
        current.get().speaking(locale);
        return this;
    }

    @Override
    public void signOut() {
        current.get().signOut();
    }

    @Override
    public boolean isAuthenticated() {
        return current.get().isAuthenticated();
    }

    @Override
    public Optional<String> username() {
        return current.get().username();
    }

    @Override
    public Optional<Long> personId() {
        return current.get().personId();
    }

    @Override
    public Set<String> permissions() {
        return current.get().permissions();
    }

    @Override
    public Locale locale() {
        return current.get().locale();
    }
}
