package be.buddytrajectories.host.security;

import be.buddytrajectories.hostapi.BundleTranslations;
import be.buddytrajectories.hostapi.CurrentUser;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The host's {@link CurrentUser}: the user signed in to the current Vaadin session, if any. */
@ApplicationScoped
public class SessionUser implements CurrentUser {

    /** Signs {@code user} in to the current session. */
    public static void attach(SignedInUser user) {
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(SignedInUser.class, user);
        session.setLocale(user.locale());
    }

    public static Optional<SignedInUser> signedIn() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(SignedInUser.class));
    }

    @Override
    public boolean isAuthenticated() {
        return signedIn().isPresent();
    }

    @Override
    public Optional<String> username() {
        return signedIn().map(SignedInUser::username);
    }

    @Override
    public Optional<Long> personId() {
        return signedIn().map(SignedInUser::personId);
    }

    @Override
    public Set<String> permissions() {
        return signedIn().map(SignedInUser::permissions).orElse(Set.of());
    }

    @Override
    public Locale locale() {
        return signedIn().map(SignedInUser::locale).map(BundleTranslations::supported).orElse(BundleTranslations.DUTCH);
    }
}
