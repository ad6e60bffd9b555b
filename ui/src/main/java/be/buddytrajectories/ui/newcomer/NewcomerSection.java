package be.buddytrajectories.ui.newcomer;

import be.buddytrajectories.core.newcomerlink.NewcomerLinkService;
import be.buddytrajectories.core.pulse.ParticipantAnswerService;
import be.buddytrajectories.hostapi.HostInfo;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What the duo screen shows of the newcomer's page: the personal link and the participants' answers. */
@ApplicationScoped
public class NewcomerSection {

    private final NewcomerLinkService links;
    private final ParticipantAnswerService answers;
    private final HostInfo host;

    @Inject
    public NewcomerSection(NewcomerLinkService links, ParticipantAnswerService answers, HostInfo host) {
        this.links = links;
        this.answers = answers;
        this.host = host;
    }

    /** For a running duo: the link panel and the answers, each under its heading. */
    public Component forRunningDuo(long trajectoryId) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.add(new H3(section.getTranslation("buddy.answers.title")),
                new AnswersPanel(answers.of(trajectoryId)),
                new H3(section.getTranslation("buddy.newcomerLink.title")),
                new NewcomerLinkPanel(links, host, trajectoryId));
        return section;
    }
}
