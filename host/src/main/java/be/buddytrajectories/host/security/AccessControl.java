package be.buddytrajectories.host.security;

import be.buddytrajectories.hostapi.CurrentUser;
import be.buddytrajectories.host.errors.Incident;
import be.buddytrajectories.hostapi.DatabaseFailures;
import be.buddytrajectories.hostapi.PublicPage;
import be.buddytrajectories.hostapi.RequiresPermission;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks every navigation before a view is created: a view marked {@link PublicPage} opens for anyone, anonymous
 * users go to the sign-in page from every other view, and a view marked {@link RequiresPermission} opens only for
 * users with one of its permissions. Also keeps exceptions away from users: they see a sentence, the log gets the
 * details (never a page's address).
 */
@ApplicationScoped
public class AccessControl {

    private static final Logger LOG = LoggerFactory.getLogger(AccessControl.class);

    private final CurrentUser user;

    @Inject
    public AccessControl(CurrentUser user) {
        this.user = user;
    }

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.setLocale(user.locale());
            ui.addBeforeEnterListener(this::check);
        });
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            boolean unreachable = DatabaseFailures.unreachable(error.getThrowable());
            String incident = unreachable
                    ? Incident.warn(LOG, "the database could not be reached during a user request", error.getThrowable())
                    : Incident.error(LOG, "unexpected error in a user session", error.getThrowable());
            if (UI.getCurrent() != null) {
                UI ui = UI.getCurrent();
                Notification.show(ui.getTranslation(unreachable ? "host.error.databaseUnreachable"
                                : "host.error.unexpected") + " " + ui.getTranslation("host.error.incident", incident),
                        6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
    }

    void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        // A public page's address usually holds a secret, so nothing here logs it.
        if (target == LoginView.class || target.isAnnotationPresent(PublicPage.class)) {
            return;
        }
        if (!user.isAuthenticated()) {
            event.forwardTo(LoginView.class);
            return;
        }
        RequiresPermission required = target.getAnnotation(RequiresPermission.class);
        if (required != null && !user.hasAnyPermission(required.value())) {
            LOG.info("navigation to /{} refused for lack of permission", event.getLocation().getPath());
            event.rerouteToError(new PermissionDenied(event.getLocation().getPath()), "");
        }
    }

    /** Ends the session and returns to the sign-in page. */
    public static void signOut() {
        VaadinSession session = VaadinSession.getCurrent();
        UI ui = UI.getCurrent();
        ui.getPage().setLocation("login");
        session.getSession().invalidate();
        session.close();
    }
}
