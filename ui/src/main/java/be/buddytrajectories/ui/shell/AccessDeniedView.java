package be.buddytrajectories.ui.shell;

import be.buddytrajectories.core.access.AccessDeniedException;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;

/** Shown when a service refuses the user: a plain sentence, never the exception. */
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    private static final int HTTP_FORBIDDEN = 403;

    public AccessDeniedView() {
        setId("buddy-access-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(new H2(getTranslation("buddy.accessDenied.title")), new Paragraph(getTranslation("buddy.accessDenied.text")));
        return HTTP_FORBIDDEN;
    }
}
