package be.buddytrajectories.ui.newcomer;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.contact.ActivityType;
import be.buddytrajectories.core.contact.ContactInput;
import be.buddytrajectories.core.contact.ContactService;
import be.buddytrajectories.core.contact.ContactView;
import be.buddytrajectories.core.newcomerlink.IssuedLink;
import be.buddytrajectories.core.newcomerlink.NewcomerLinkService;
import be.buddytrajectories.core.proof.ProofService;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.pulse.Answer;
import be.buddytrajectories.core.pulse.ParticipantAnswer;
import be.buddytrajectories.core.pulse.ParticipantAnswerService;
import be.buddytrajectories.core.pulse.Question;
import be.buddytrajectories.core.token.RequestRateLimit;
import be.buddytrajectories.core.token.SecretTokens;
import be.buddytrajectories.core.trajectory.EndReason;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.GeoPoint;
import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class NewcomerPageViewTest {

    private ViewFixture f;
    private long lotte;
    private Trajectory duo;
    private IssuedLink link;
    private ContactView walk;

    @BeforeEach
    void start() {
        f = ViewFixture.start();
        f.signInCoordinator();
        lotte = f.people.register(new NewPerson(PersonKind.VOLUNTEER, "Lotte", "Vermeulen", "lotte.vermeulen@example.org",
                "+32 470 12 34 56", 1980, Gender.F, "Veldstraat 12", "9000", "Gent", new GeoPoint(51.05, 3.72),
                List.of("nl", "fr"), Set.of("voetbal"))).id();
        f.bean(BuddyProfileService.class).register(lotte, ViewFixture.profile());
        duo = f.active("Amina", lotte);
        f.signInBuddy(lotte);
        walk = f.bean(ContactService.class).log(new ContactInput(duo.id(), ViewFixture.TODAY, 90, ActivityType.WALK,
                true, false, null, null));
        f.signInCoordinator();
        f.bean(ContactService.class).log(new ContactInput(duo.id(), ViewFixture.TODAY, 60, ActivityType.CULTURE,
                true, false, null, "Lotte vertelde over haar scheiding"));
        link = f.bean(NewcomerLinkService.class).issue(duo.id());
        f.user.signOut();
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    private void open(String token) {
        UI.getCurrent().navigate(IssuedLink.ROUTE + "/" + token);
    }

    private String page() {
        return _get(VerticalLayout.class, spec -> spec.withId("buddy-newcomer-page")).getElement().getOuterHTML();
    }

    @Test
    void theLinkOpensInSimpleDutchWithTheHoursAndTheMeetingTheBuddyLogged() {
        open(link.token());

        assertThat(_get(H1.class, spec -> spec.withId("buddy-newcomer-hello")).getText()).isEqualTo("Hallo Amina!");
        assertThat(_get(Span.class, spec -> spec.withId("buddy-newcomer-hours")).getText()).isEqualTo("2,5 van 40 uur");
        assertThat(_get(Button.class, spec -> spec.withId("buddy-newcomer-confirm-" + walk.id())).getElement()
                .getTextRecursively()).isEqualTo("Ja, ik zag Lotte");
        assertThat(page()).contains("Zag je Lotte?").contains("Wandelen").contains("90 minuten")
                .contains("vaadin:road");
        _assertOne(Div.class, spec -> spec.withId("buddy-newcomer-meeting-" + walk.id()));
        _assertOne(Div.class, spec -> spec.withId("buddy-newcomer-fit-question"));
    }

    @Test
    void yesWeMetConfirmsTheMeetingAndItCountsAsConfirmedInTheProof() {
        f.signInCoordinator();
        assertThat(f.bean(ProofService.class).data(duo.id()).confirmedMinutes()).as("the coordinator's own contact")
                .isEqualTo(60);
        f.user.signOut();
        open(link.token());

        _click(_get(Button.class, spec -> spec.withId("buddy-newcomer-confirm-" + walk.id())));

        _assertNone(Div.class, spec -> spec.withId("buddy-newcomer-meeting-" + walk.id()));
        assertThat(page()).contains("Dank je!");
        f.signInCoordinator();
        assertThat(f.bean(ProofService.class).data(duo.id()).confirmedMinutes()).isEqualTo(60 + 90);
    }

    @Test
    void aFaceAnswersThePulseAndTheCoordinatorSeesIt() {
        open(link.token());

        _click(_get(Button.class, spec -> spec.withId("buddy-newcomer-pulse-NOT_GOOD")));

        assertThat(_get(Button.class, spec -> spec.withId("buddy-newcomer-pulse-NOT_GOOD"))
                .getElement().getAttribute("aria-pressed")).isEqualTo("true");
        f.signInCoordinator();
        assertThat(f.bean(ParticipantAnswerService.class).of(duo.id())).extracting(ParticipantAnswer::question,
                ParticipantAnswer::answer).containsExactly(org.assertj.core.groups.Tuple.tuple(Question.PULSE,
                Answer.NOT_GOOD));
    }

    @Test
    void theLanguageSwitchShowsThePageInFrenchEnglishAndDutch() {
        open(link.token());

        _click(_get(Button.class, spec -> spec.withId("buddy-newcomer-lang-FR")));
        assertThat(_get(H1.class, spec -> spec.withId("buddy-newcomer-hello")).getText()).isEqualTo("Bonjour Amina !");
        assertThat(page()).contains("Oui, nous nous sommes vus").contains("Promenade");

        _click(_get(Button.class, spec -> spec.withId("buddy-newcomer-lang-EN")));
        assertThat(page()).contains("Yes, we met").contains("2.5 of 40 hours");

        _click(_get(Button.class, spec -> spec.withId("buddy-newcomer-lang-NL")));
        assertThat(page()).contains("Ja, we hebben afgesproken").contains("Hebben jullie afgesproken met Lotte?");
    }

    @Test
    void thePageNeverShowsTheBuddysLastNameAddressPhoneEmailOrTheCoordinatorsNote() {
        open(link.token());
        for (String language : List.of("EASY", "NL", "EN", "FR")) {
            _click(_get(Button.class, spec -> spec.withId("buddy-newcomer-lang-" + language)));
            assertThat(page()).contains("Lotte").doesNotContain("Vermeulen").doesNotContain("Veldstraat")
                    .doesNotContain("470").doesNotContain("example.org").doesNotContain("scheiding")
                    .doesNotContain("Haddad");
        }
    }

    @Test
    void aWrongTokenARevokedLinkAndAClosedDuoAllGetTheSameFriendlyPage() {
        open(SecretTokens.newToken());
        _assertOne(VerticalLayout.class, spec -> spec.withId("buddy-newcomer-link-invalid"));
        String wrong = page();
        assertThat(wrong).contains("Deze link werkt niet meer").contains("Vraag een nieuwe link aan je coördinator.");

        open("not-even-a-token");
        assertThat(page()).isEqualTo(wrong);

        f.signInCoordinator();
        f.bean(NewcomerLinkService.class).revoke(duo.id());
        f.user.signOut();
        open(link.token());
        assertThat(page()).isEqualTo(wrong);

        f.signInCoordinator();
        IssuedLink fresh = f.bean(NewcomerLinkService.class).issue(duo.id());
        Trajectory running = f.bean(TrajectoryService.class).find(duo.id());
        f.bean(TrajectoryService.class).close(duo.id(), running.version(), EndReason.COMPLETED, null);
        f.user.signOut();
        open(fresh.token());
        assertThat(page()).isEqualTo(wrong);
    }

    @Test
    void aLinkThatStopsWorkingWhileThePageIsOpenShowsTheFriendlyPageOnTheNextTap() {
        open(link.token());
        f.signInCoordinator();
        f.bean(NewcomerLinkService.class).revoke(duo.id());
        f.user.signOut();

        _click(_get(Button.class, spec -> spec.withId("buddy-newcomer-pulse-GOOD")));

        _assertOne(VerticalLayout.class, spec -> spec.withId("buddy-newcomer-link-invalid"));
        f.signInCoordinator();
        assertThat(f.bean(ParticipantAnswerService.class).of(duo.id())).isEmpty();
    }

    @Test
    void tooManyRequestsGetAFriendlyTryAgainInAMinutePage() {
        for (int i = 0; i < RequestRateLimit.PER_MINUTE; i++) {
            open(link.token());
        }
        _assertNone(VerticalLayout.class, spec -> spec.withId("buddy-newcomer-slow-down"));

        open(link.token());

        _assertOne(VerticalLayout.class, spec -> spec.withId("buddy-newcomer-slow-down"));
        assertThat(page()).contains("Probeer het over 1 minuut opnieuw.");
        f.clock.advanceDays(1);
        open(link.token());
        _assertOne(H1.class, spec -> spec.withId("buddy-newcomer-hello"));
    }

    @Test
    void theFitQuestionIsAskedOnlyInTheFirstWeeks() {
        f.clock.advanceDays(7 * 7);

        open(link.token());

        _assertNone(Div.class, spec -> spec.withId("buddy-newcomer-fit-question"));
        _assertOne(Div.class, spec -> spec.withId("buddy-newcomer-pulse-question"));
    }
}
