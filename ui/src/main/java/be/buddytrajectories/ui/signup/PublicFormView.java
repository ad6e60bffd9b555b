package be.buddytrajectories.ui.signup;

import be.buddytrajectories.core.signup.FormTicket;
import be.buddytrajectories.core.signup.Submission;
import be.buddytrajectories.hostapi.CurrentUser;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Locale;

/**
 * A public form's page, without an account ({@code ?lang=en} for English): the form, and after a submission the
 * same thanks whether the person was new, known or a bot, or "try again later" over the limits.
 *
 * @param <I> the service's input
 */
abstract class PublicFormView<I> extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final String name;
    private final CurrentUser user;

    /** @param name the form's name in its route, element ids and translation keys: {@code join} or {@code refer} */
    PublicFormView(String name, CurrentUser user) {
        this.name = name;
        this.user = user;
        setId("buddy-" + name);
        setMaxWidth("48em");
        getStyle().set("margin", "0 auto");
    }

    abstract FormTicket openForm();

    abstract PublicFormLayout<I> newForm();

    abstract Submission submit(FormTicket ticket, String clientAddress, String honeypot, I input, Locale language);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Locale language = PublicForm.language(event.getLocation(), user);
        PublicForm.use(language);
        removeAll();
        add(PublicForm.languageLinks("buddy/" + name, "buddy-" + name), new H1(getPageTitle()),
                new Paragraph(getTranslation("buddy." + name + ".intro")));
        Paragraph tryLater = new Paragraph(getTranslation("buddy.signup.tryLater"));
        tryLater.setId("buddy-" + name + "-try-later");
        tryLater.setVisible(false);
        PublicFormLayout<I> form = newForm();
        FormTicket ticket = openForm();
        form.addSubmitListener(submitted -> form.errors().attempt(() -> submit(ticket, PublicForm.clientAddress(),
                submitted.honeypot(), submitted.input(), language)).ifPresent(answer -> {
                    if (answer == Submission.TRY_LATER) {
                        tryLater.setVisible(true);
                        return;
                    }
                    removeAll();
                    Paragraph done = new Paragraph(getTranslation("buddy." + name + ".done"));
                    done.setId("buddy-" + name + "-done");
                    add(new H1(getPageTitle()), done);
                }));
        add(tryLater, form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("buddy." + name + ".title");
    }
}
