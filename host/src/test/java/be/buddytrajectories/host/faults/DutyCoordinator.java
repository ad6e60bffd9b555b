package be.buddytrajectories.host.faults;

import be.buddytrajectories.host.security.SessionUser;
import be.buddytrajectories.hostapi.CurrentUser;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The host's {@link CurrentUser}, except on a thread that runs {@link #onDuty}: there a coordinator (who may
 * also rebuild the index) is signed in. Only the child JVMs of the fault tests see it: {@link ChildHost} puts it
 * in a bean archive of its own on their class path, so the host's production code stays as it is and every web
 * request still gets the session's user.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class DutyCoordinator implements CurrentUser {

    static final Set<String> PERMISSIONS = Set.of("buddy.coordinator", "buddy.admin");
    private static final ThreadLocal<Boolean> ON_DUTY = ThreadLocal.withInitial(() -> false);

    private final SessionUser session = new SessionUser();

    /** Runs the call with the coordinator signed in on this thread. */
    static <T> T onDuty(Supplier<T> call) {
        ON_DUTY.set(true);
        try {
            return call.get();
        } finally {
            ON_DUTY.set(false);
        }
    }

    @Override
    public boolean isAuthenticated() {
        return ON_DUTY.get() || session.isAuthenticated();
    }

    @Override
    public Optional<String> username() {
        return ON_DUTY.get() ? Optional.of("fault-driver") : session.username();
    }

    @Override
    public Optional<Long> personId() {
        return ON_DUTY.get() ? Optional.empty() : session.personId();
    }

    @Override
    public Set<String> permissions() {
        return ON_DUTY.get() ? PERMISSIONS : session.permissions();
    }

    @Override
    public Locale locale() {
        return ON_DUTY.get() ? Locale.ENGLISH : session.locale();
    }
}
