package be.buddytrajectories.host.layout;

import be.buddytrajectories.host.errors.Incident;
import be.buddytrajectories.hostapi.DatabaseFailures;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces Vaadin's error page: the user reads a sentence and an incident id, the log gets the exception under
 * that id, without its messages or the page's address (both can hold what the user typed).
 */
public class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ServerErrorView.class);
    private static final int HTTP_INTERNAL_ERROR = 500;

    public ServerErrorView() {
        setId("server-error");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception failure = parameter.getCaughtException();
        boolean unreachable = DatabaseFailures.unreachable(failure);
        String incident = unreachable ? Incident.warn(LOG, "the database could not be reached opening a page", failure)
                : Incident.error(LOG, "error while opening a page", failure);
        removeAll();
        Paragraph reference = new Paragraph(getTranslation("host.error.incident", incident));
        reference.setId("server-error-incident");
        add(new H2(getTranslation("host.error.title")), new Paragraph(getTranslation(unreachable
                ? "host.error.databaseUnreachable" : "host.error.unexpected")), reference);
        return HTTP_INTERNAL_ERROR;
    }
}
