package be.buddytrajectories.ui.mail;

import be.buddytrajectories.core.mail.MailAnswers;
import be.buddytrajectories.hostapi.PublicPage;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/**
 * Where a one-click answer of a check-in invitation lands: the answer is recorded and thanked for. The page is built
 * by the browser's script, so a mail scanner that only fetches the link records nothing.
 */
@Route(value = MailAnswers.PATH, autoLayout = false)
@PublicPage
public class MailAnswerView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final MailAnswers answers;

    @Inject
    public MailAnswerView(MailAnswers answers) {
        this.answers = answers;
        setId("buddy-mail-answer");
        setMaxWidth("36em");
    }

    @Override
    public void setParameter(BeforeEvent event, String link) {
        removeAll();
        add(new H2(getPageTitle()));
        Paragraph outcome = answers.answer(link)
                .map(answer -> new Paragraph(getTranslation("buddy.mail.answer.thanks."
                        + answer.name())))
                .orElseGet(() -> new Paragraph(getTranslation("buddy.mail.answer.unknownLink")));
        outcome.setId("buddy-mail-answer-outcome");
        add(outcome);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("buddy.mail.answer.title");
    }
}
