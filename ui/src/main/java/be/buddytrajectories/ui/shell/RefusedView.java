package be.buddytrajectories.ui.shell;

import be.buddytrajectories.core.rules.RuleViolationException;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;

/** Shown when a page cannot open because of a business rule (e.g. the duo in the address no longer exists). */
public class RefusedView extends VerticalLayout implements HasErrorParameter<RuleViolationException> {

    private static final int HTTP_NOT_FOUND = 404;

    public RefusedView() {
        setId("buddy-refused");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<RuleViolationException> parameter) {
        removeAll();
        Paragraph reason = new Paragraph(Problems.message(this, parameter.getException()));
        reason.setId("buddy-refused-reason");
        add(new H2(getTranslation("buddy.refused.title")), reason);
        return HTTP_NOT_FOUND;
    }
}
