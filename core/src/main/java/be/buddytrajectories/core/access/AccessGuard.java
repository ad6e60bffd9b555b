package be.buddytrajectories.core.access;

import be.buddytrajectories.hostapi.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;

/** Checks the current user's permissions at the start of every service operation. */
@ApplicationScoped
public class AccessGuard {

    private final CurrentUser user;

    @Inject
    public AccessGuard(CurrentUser user) {
        this.user = user;
    }

    /**
     * Continues only when the user holds at least one of the permissions.
     *
     * @param operation names the operation in the refusal, for logs and tests
     * @throws AccessDeniedException otherwise
     */
    public void requireAny(String operation, Permission... permissions) {
        if (!holdsAny(permissions)) {
            throw new AccessDeniedException(operation);
        }
    }

    /**
     * Continues when the user holds one of the {@code elevated} permissions, or is the buddy {@code personId}
     * himself (permission buddy.buddy and that host person).
     */
    public void requireSelfOr(String operation, long personId, Permission... elevated) {
        if (holdsAny(elevated)) {
            return;
        }
        if (!isBuddy(personId)) {
            throw new AccessDeniedException(operation);
        }
    }

    /** True when the user holds at least one of the permissions. */
    public boolean holdsAny(Permission... permissions) {
        return Arrays.stream(permissions).anyMatch(p -> user.hasPermission(p.key()));
    }

    /** True when the user is this buddy: permission buddy.buddy and the host person {@code personId}. */
    public boolean isBuddy(long personId) {
        return user.hasPermission(Permission.BUDDY.key()) && user.personId().filter(id -> id == personId).isPresent();
    }

    /** The host person the user is. @throws AccessDeniedException when the user is no host person */
    public long personId(String operation) {
        return user.personId().orElseThrow(() -> new AccessDeniedException(operation));
    }

    public CurrentUser user() {
        return user;
    }
}
