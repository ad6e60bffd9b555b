package be.buddytrajectories.host.users;

import java.time.Instant;
import java.util.Set;

/** A user as an admin manages it: name, roles, and whether it is locked after failed sign-ins. */
public record UserAccount(long id, String username, Set<String> roles, Instant lockedUntil) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
