package be.buddytrajectories.ui.signup;

import be.buddytrajectories.core.signup.FormTicket;
import be.buddytrajectories.core.signup.ReferralService;
import be.buddytrajectories.core.signup.Submission;
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
 * A case worker refers a newcomer, without an account ({@code buddy/refer}, {@code ?lang=en} for English). The
 * answer is the same for a new and a known newcomer, and for a bot's submission.
 */
@Route(value = "buddy/refer", autoLayout = false)
@PublicPage
public class ReferView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReferralService referrals;
    private final CurrentUser user;

    @Inject
    public ReferView(ReferralService referrals, CurrentUser user) {
        this.referrals = referrals;
        this.user = user;
        setId("buddy-refer");
        setMaxWidth("48em");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Locale language = PublicForm.language(event.getLocation(), user);
        PublicForm.use(language);
        removeAll();
        add(PublicForm.languageLinks("buddy/refer", "buddy-refer"), new H1(getTranslation("buddy.refer.title")),
                new Paragraph(getTranslation("buddy.refer.intro")));
        Paragraph tryLater = new Paragraph(getTranslation("buddy.signup.tryLater"));
        tryLater.setId("buddy-refer-try-later");
        tryLater.setVisible(false);
        ReferForm form = new ReferForm();
        FormTicket ticket = referrals.openForm();
        form.addSubmitListener(submitted -> form.errors().attempt(() -> referrals.submit(ticket,
                PublicForm.clientAddress(), submitted.honeypot(), submitted.input(), language)).ifPresent(answer -> {
                    if (answer == Submission.TRY_LATER) {
                        tryLater.setVisible(true);
                        return;
                    }
                    removeAll();
                    Paragraph done = new Paragraph(getTranslation("buddy.refer.done"));
                    done.setId("buddy-refer-done");
                    add(new H1(getTranslation("buddy.refer.title")), done);
                }));
        add(tryLater, form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("buddy.refer.title");
    }
}
