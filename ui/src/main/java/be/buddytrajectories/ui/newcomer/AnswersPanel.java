package be.buddytrajectories.ui.newcomer;

import be.buddytrajectories.core.pulse.Answer;
import be.buddytrajectories.core.pulse.ParticipantAnswer;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Labels;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** On the duo screen: what the newcomer (personal link) and the buddy (mail links) answered, newest first. */
public class AnswersPanel extends VerticalLayout {

    public AnswersPanel(List<ParticipantAnswer> answers) {
        setId("buddy-duo-answers");
        setPadding(false);
        if (answers.isEmpty()) {
            add(new Paragraph(getTranslation("buddy.answers.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (ParticipantAnswer a : answers) {
            Icon face = new Icon(a.answer() == Answer.GOOD ? VaadinIcon.SMILEY_O
                    : a.answer() == Answer.OKAY ? VaadinIcon.MEH_O : VaadinIcon.FROWN_O);
            face.setSize("1.1em");
            ListItem item = new ListItem(face, new Span(" " + getTranslation("buddy.answers.row",
                    Formats.utcDateTime(this, a.answeredAt()), Labels.of(this, a.respondent()),
                    Labels.of(this, a.question()), Labels.of(this, a.answer()))));
            item.setId("buddy-duo-answer-" + a.id());
            if (a.answer() == Answer.NOT_GOOD) {
                item.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "bold");
            }
            list.add(item);
        }
        add(list);
    }
}
