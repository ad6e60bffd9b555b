package be.buddytrajectories.hostapi.testing;

import be.buddytrajectories.hostapi.BundleTranslations;
import be.buddytrajectories.hostapi.CurrentUser;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A current user a test signs in and out at will. Starts anonymous, in Dutch. */
public class FakeCurrentUser implements CurrentUser {

    private String username;
    private Long personId;
    private Set<String> permissions = Set.of();
    private Locale locale = BundleTranslations.DUTCH;

    public FakeCurrentUser signIn(String username, Long personId, String... permissions) {
        this.username = username;
        this.personId = personId;
        this.permissions = Set.of(permissions);
        return this;
    }

    public FakeCurrentUser speaking(Locale locale) {
        this.locale = locale;
        return this;
    }

    public void signOut() {
        username = null;
        personId = null;
        permissions = Set.of();
    }

    @Override
    public boolean isAuthenticated() {
        return username != null;
    }

    @Override
    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    @Override
    public Optional<Long> personId() {
        return Optional.ofNullable(personId);
    }

    @Override
    public Set<String> permissions() {
        return permissions;
    }

    @Override
    public Locale locale() {
        return locale;
    }
}
