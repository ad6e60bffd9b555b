package be.buddytrajectories.ui.shell;

import be.buddytrajectories.core.access.AccessDeniedException;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.hostapi.DatabaseFailures;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns what a service refused into a sentence in the user's language; the log gets anything unexpected. */
public final class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    private static final int SHOW_MILLIS = 6000;

    private Problems() {
    }

    /** The sentence for this failure, never a stack trace. */
    public static String message(Component owner, RuntimeException failure) {
        if (failure instanceof RuleViolationException rule) {
            return rule.message(Formats.locale(owner));
        }
        if (failure instanceof AccessDeniedException) {
            return owner.getTranslation("buddy.accessDenied.text");
        }
        if (failure instanceof ConstraintViolationException invalid) {
            return invalid.getConstraintViolations().stream().map(ConstraintViolation::getMessage).distinct()
                    .sorted().collect(Collectors.joining(" "));
        }
        if (databaseUnreachable(failure)) {
            LOG.warn("the database could not be reached; the user was told nothing was saved", failure);
            return owner.getTranslation("buddy.error.databaseUnreachable");
        }
        LOG.error("unexpected failure in a buddy view", failure);
        return owner.getTranslation("buddy.error.unexpected");
    }

    /** Whether the failure says the database could not be reached (see {@link DatabaseFailures}). */
    static boolean databaseUnreachable(Throwable failure) {
        // Hibernate names a lost connection even where the driver's exception carries no SQLState.
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JDBCConnectionException) {
                return true;
            }
        }
        return DatabaseFailures.unreachable(failure);
    }

    /** Shows the failure in an error notification. */
    public static void show(Component owner, RuntimeException failure) {
        showText(message(owner, failure));
    }

    public static void showText(String text) {
        Notification notification = Notification.show(text, SHOW_MILLIS, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("buddy-problem");
    }

    /** A short confirmation that something was saved. */
    public static void confirm(String text) {
        Notification notification = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.setId("buddy-confirmation");
    }
}
