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
        boolean allowed = Arrays.stream(permissions).anyMatch(p -> user.hasPermission(p.key()));
        if (!allowed) {
            throw new AccessDeniedException(operation);
        }
    }

    public CurrentUser user() {
        return user;
    }
}
