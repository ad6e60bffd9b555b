package be.buddytrajectories.ui.signup;

import be.buddytrajectories.core.signup.FormTicket;
import be.buddytrajectories.core.signup.Submission;
import be.buddytrajectories.core.signup.VolunteerSignupService;
import be.buddytrajectories.hostapi.CurrentUser;
import be.buddytrajectories.hostapi.PublicPage;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Sign up as a volunteer buddy, without an account ({@code buddy/join}, {@code ?lang=en} for English). The answer
 * is the same for a new and a known address, and for a bot's submission.
 */
@Route(value = "buddy/join", autoLayout = false)
@PublicPage
public class JoinView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final VolunteerSignupService signups;
    private final CurrentUser user;

    @Inject
    public JoinView(VolunteerSignupService signups, CurrentUser user) {
        this.signups = signups;
        this.user = user;
        setId("buddy-join");
        setMaxWidth("48em");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Locale language = PublicForm.language(event.getLocation(), user);
        PublicForm.use(language);
        removeAll();
        add(PublicForm.languageLinks("buddy/join", "buddy-join"), new H1(getTranslation("buddy.join.title")),
                new Paragraph(getTranslation("buddy.join.intro")));
        Paragraph tryLater = new Paragraph(getTranslation("buddy.signup.tryLater"));
        tryLater.setId("buddy-join-try-later");
        tryLater.setVisible(false);
        JoinForm form = new JoinForm();
        FormTicket ticket = signups.openForm();
        form.addSubmitListener(submitted -> form.errors().attempt(() -> signups.submit(ticket,
                PublicForm.clientAddress(), submitted.honeypot(), submitted.input(), language)).ifPresent(answer -> {
                    if (answer == Submission.TRY_LATER) {
                        tryLater.setVisible(true);
                        return;
                    }
                    removeAll();
                    Paragraph done = new Paragraph(getTranslation("buddy.join.done"));
                    done.setId("buddy-join-done");
                    add(new H1(getTranslation("buddy.join.title")), done);
                }));
        add(tryLater, form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("buddy.join.title");
    }
}
