package be.buddytrajectories.ui.newcomer;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.newcomerlink.NewcomerPageService;
import be.buddytrajectories.core.pulse.Answer;
import be.buddytrajectories.core.pulse.Question;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.ui.duo.DuoView;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class NewcomerLinkPanelTest {

    private ViewFixture f;
    private Trajectory duo;

    @BeforeEach
    void start() {
        f = ViewFixture.start();
        duo = f.active("Amina", f.buddy("Lotte"));
        f.signInCoordinator();
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    private String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    @Test
    void theCoordinatorIssuesTheLinkAndSeesItWithAQrCodeThatDecodesToItOnce() throws Exception {
        UI.getCurrent().navigate(DuoView.class, duo.id());
        assertThat(_get(Span.class, spec -> spec.withId("buddy-duo-newcomer-link-status")).getText())
                .isEqualTo("De nieuwkomer heeft geen werkende link.");

        _click(_get(Button.class, spec -> spec.withId("buddy-duo-newcomer-link-issue")));

        String link = _get(TextField.class, spec -> spec.withId("buddy-duo-newcomer-link")).getValue();
        assertThat(link).startsWith("https://buddy.example.org/n/");
        String src = _get(Image.class, spec -> spec.withId("buddy-duo-newcomer-link-qr")).getSrc();
        assertThat(QrCodeTest.decode(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)))).isEqualTo(link);
        assertThat(f.bean(NewcomerPageService.class).open(token(link))).isPresent();
        _get(Button.class, spec -> spec.withId("buddy-duo-newcomer-link-print-button"));

        UI.getCurrent().navigate(DuoView.class, duo.id());
        _assertNone(TextField.class, spec -> spec.withId("buddy-duo-newcomer-link"));
        assertThat(_get(Span.class, spec -> spec.withId("buddy-duo-newcomer-link-status")).getText())
                .startsWith("Werkende link gemaakt op ");
    }

    @Test
    void replacingTheLinkInOneClickEndsTheOldOne() {
        UI.getCurrent().navigate(DuoView.class, duo.id());
        _click(_get(Button.class, spec -> spec.withId("buddy-duo-newcomer-link-issue")));
        String old = _get(TextField.class, spec -> spec.withId("buddy-duo-newcomer-link")).getValue();

        _click(_get(Button.class, spec -> spec.withId("buddy-duo-newcomer-link-replace")));

        String replaced = _get(TextField.class, spec -> spec.withId("buddy-duo-newcomer-link")).getValue();
        assertThat(replaced).isNotEqualTo(old);
        assertThat(f.bean(NewcomerPageService.class).open(token(old))).isEmpty();
        assertThat(f.bean(NewcomerPageService.class).open(token(replaced))).isPresent();

        _click(_get(Button.class, spec -> spec.withId("buddy-duo-newcomer-link-revoke")));

        assertThat(f.bean(NewcomerPageService.class).open(token(replaced))).isEmpty();
        _get(Button.class, spec -> spec.withId("buddy-duo-newcomer-link-issue"));
    }

    @Test
    void theNewcomersAnswersAreOnTheDuoScreen() {
        UI.getCurrent().navigate(DuoView.class, duo.id());
        _click(_get(Button.class, spec -> spec.withId("buddy-duo-newcomer-link-issue")));
        String link = _get(TextField.class, spec -> spec.withId("buddy-duo-newcomer-link")).getValue();
        f.bean(NewcomerPageService.class).answer(token(link), Question.PULSE, Answer.NOT_GOOD);

        UI.getCurrent().navigate(DuoView.class, duo.id());

        ListItem answer = _get(ListItem.class, spec -> spec.withText(null).withId(null)
                .withPredicate(li -> li.getId().orElse("").startsWith("buddy-duo-answer-")));
        assertThat(answer.getElement().getTextRecursively()).contains("nieuwkomer · hoe gaat het: niet goed");
    }
}
