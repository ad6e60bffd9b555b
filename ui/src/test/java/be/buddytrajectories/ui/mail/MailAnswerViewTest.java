package be.buddytrajectories.ui.mail;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.mail.MailAnswers;
import be.buddytrajectories.core.mail.SignedLinks;
import be.buddytrajectories.core.pulse.Answer;
import be.buddytrajectories.core.pulse.ParticipantAnswer;
import be.buddytrajectories.core.pulse.ParticipantAnswerService;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MailAnswerViewTest {

    private ViewFixture f;

    @BeforeEach
    void start() {
        f = ViewFixture.start();
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    @Test
    void aBuddyWithoutAnAccountAnswersWithOneClickAndACoordinatorSeesIt() {
        long buddy = f.buddy("Lotte");
        Trajectory duo = f.active("Amina", buddy);
        String link = f.bean(SignedLinks.class).sign("a-" + duo.id() + "-" + buddy + "-NOTGOOD");
        f.user.signOut();

        UI.getCurrent().navigate(MailAnswers.PATH + "/" + link);

        assertThat(_get(Paragraph.class, spec -> spec.withId("buddy-mail-answer-outcome")).getText())
                .isEqualTo("Dank je om het te zeggen. Je coördinator ziet je antwoord en neemt contact met je op.");
        f.signInCoordinator();
        assertThat(f.bean(ParticipantAnswerService.class).of(duo.id())).extracting(ParticipantAnswer::answer)
                .containsExactly(Answer.NOT_GOOD);
    }

    @Test
    void aLinkThatWasNotSignedHereGetsAFriendlySentenceAndRecordsNothing() {
        long buddy = f.buddy("Wout");
        Trajectory duo = f.active("Bilal", buddy);
        f.user.signOut();

        UI.getCurrent().navigate(MailAnswers.PATH + "/a-" + duo.id() + "-" + buddy + "-GOOD.AAAAAAAAAAAAAAAAAAAAAA");

        assertThat(_get(Paragraph.class, spec -> spec.withId("buddy-mail-answer-outcome")).getText())
                .startsWith("Deze link werkt niet (meer)");
        f.signInCoordinator();
        assertThat(f.bean(ParticipantAnswerService.class).of(duo.id())).isEmpty();
    }
}
