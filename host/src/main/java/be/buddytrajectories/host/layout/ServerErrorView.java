package be.buddytrajectories.host.layout;

import be.buddytrajectories.hostapi.DatabaseFailures;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Replaces Vaadin's error page: the user reads a sentence, the log gets the exception. */
public class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ServerErrorView.class);
    private static final int HTTP_INTERNAL_ERROR = 500;

    public ServerErrorView() {
        setId("server-error");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        LOG.error("error while opening /{}", event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        String text = DatabaseFailures.unreachable(parameter.getCaughtException())
                ? "host.error.databaseUnreachable" : "host.error.unexpected";
        add(new H2(getTranslation("host.error.title")), new Paragraph(getTranslation(text)));
        return HTTP_INTERNAL_ERROR;
    }
}
