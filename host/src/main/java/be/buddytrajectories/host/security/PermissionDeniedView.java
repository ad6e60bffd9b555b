package be.buddytrajectories.host.security;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;

/** What a user sees instead of a view their role does not open. */
public class PermissionDeniedView extends VerticalLayout implements HasErrorParameter<PermissionDenied> {

    private static final int HTTP_FORBIDDEN = 403;

    public PermissionDeniedView() {
        setId("permission-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<PermissionDenied> parameter) {
        removeAll();
        add(new H2(getTranslation("host.denied.title")), new Paragraph(getTranslation("host.denied.text")));
        return HTTP_FORBIDDEN;
    }
}
