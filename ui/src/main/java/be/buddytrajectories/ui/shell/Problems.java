package be.buddytrajectories.ui.shell;

import be.buddytrajectories.core.access.AccessDeniedException;
import be.buddytrajectories.core.rules.RuleViolationException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
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

    /**
     * Whether the failure, or anything that caused it, says the database could not be reached: a refused or
     * broken connection, or a pool that found none in time. SQLState class 08 is the standard's "connection
     * exception".
     */
    static boolean databaseUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
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
