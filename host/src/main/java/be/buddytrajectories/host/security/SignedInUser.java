package be.buddytrajectories.host.security;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/** The user of a Vaadin session after sign-in. */
public record SignedInUser(long userId, String username, Long personId, Set<String> permissions, Locale locale)
        implements Serializable {

    public SignedInUser {
        permissions = Set.copyOf(permissions);
    }

    public SignedInUser speaking(Locale newLocale) {
        return new SignedInUser(userId, username, personId, permissions, newLocale);
    }
}
