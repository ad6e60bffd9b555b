package be.buddytrajectories.core.newcomerlink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.access.AccessDeniedException;
import be.buddytrajectories.core.alerts.Alert;
import be.buddytrajectories.core.alerts.AlertKind;
import be.buddytrajectories.core.alerts.AlertService;
import be.buddytrajectories.core.audit.AuditAction;
import be.buddytrajectories.core.audit.AuditEntry;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.contact.ActivityType;
import be.buddytrajectories.core.contact.ContactInput;
import be.buddytrajectories.core.contact.ContactService;
import be.buddytrajectories.core.contact.ContactView;
import be.buddytrajectories.core.proof.ProofOfParticipation;
import be.buddytrajectories.core.proof.ProofService;
import be.buddytrajectories.core.pulse.Answer;
import be.buddytrajectories.core.pulse.ParticipantAnswer;
import be.buddytrajectories.core.pulse.ParticipantAnswerService;
import be.buddytrajectories.core.pulse.Question;
import be.buddytrajectories.core.pulse.Respondent;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Duos;
import be.buddytrajectories.core.testing.FixturePerKind;
import be.buddytrajectories.core.token.SecretTokens;
import be.buddytrajectories.core.trajectory.EndReason;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NewcomerLinkServiceIT extends FixturePerKind {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anIssuedLinkOpensTheDuosPageAndOnlyItsHashIsStoredAndAudited(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        Trajectory duo = duos.active("Amira", duos.buddy("Annelies", 1));

        IssuedLink link = f.bean(NewcomerLinkService.class).issue(duo.id());

        assertThat(link.path()).isEqualTo("n/" + link.token());
        assertThat(link.toString()).doesNotContain(link.token());
        NewcomerPage page = f.bean(NewcomerPageService.class).open(link.token()).orElseThrow();
        assertThat(page.buddyFirstNames()).isEqualTo("Annelies");
        assertThat(page.newcomerFirstName()).isEqualTo("Amira");
        assertThat(page.hoursTarget()).isEqualTo(40);
        assertThat(page.fitAsked()).isTrue();
        assertThat(f.queryInt("select count(*) from buddy_newcomer_link where trajectory_id = " + duo.id()
                + " and token_hash = '" + SecretTokens.hash(link.token()) + "'")).isEqualTo(1);
        assertThat(f.queryInt("select count(*) from buddy_newcomer_link where token_hash = '" + link.token() + "'"))
                .isZero();
        f.signInAdmin();
        assertThat(f.bean(AuditTrail.class).about(duo.newcomerId())).extracting(AuditEntry::action)
                .contains(AuditAction.ISSUE_NEWCOMER_LINK);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void replacingTheLinkRevokesTheOldOneAndRevokingEndsIt(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        Trajectory duo = duos.active("Bushra", duos.buddy("Bert", 1));
        NewcomerLinkService links = f.bean(NewcomerLinkService.class);
        NewcomerPageService pages = f.bean(NewcomerPageService.class);
        IssuedLink first = links.issue(duo.id());

        IssuedLink second = links.issue(duo.id());

        assertThat(pages.open(first.token())).isEmpty();
        assertThat(pages.open(second.token())).isPresent();
        assertThat(links.activeSince(duo.id())).contains(second.createdAt());

        links.revoke(duo.id());

        assertThat(pages.open(second.token())).isEmpty();
        assertThat(links.activeSince(duo.id())).isEmpty();
        assertThat(pages.answer(second.token(), Question.PULSE, Answer.GOOD)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aClosedDuoEndsItsLinkAndGetsNoNewOne(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        Trajectory duo = duos.active("Chama", duos.buddy("Chris", 1));
        IssuedLink link = f.bean(NewcomerLinkService.class).issue(duo.id());

        f.bean(TrajectoryService.class).close(duo.id(), f.bean(TrajectoryService.class).find(duo.id()).version(),
                EndReason.COMPLETED, null);

        assertThat(f.bean(NewcomerPageService.class).open(link.token())).isEmpty();
        assertThat(f.bean(NewcomerPageService.class).confirmMeeting(link.token(), 1)).isFalse();
        assertThatThrownBy(() -> f.bean(NewcomerLinkService.class).issue(duo.id()))
                .isInstanceOf(RuleViolationException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aWrongTokenLooksExactlyLikeARevokedOne(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        NewcomerPageService pages = f.bean(NewcomerPageService.class);
        f.user.signOut();

        assertThat(pages.open(SecretTokens.newToken())).isEmpty();
        assertThat(pages.open("not-a-token")).isEmpty();
        assertThat(pages.open(null)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aBuddyCannotIssueOrRevokeALink(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        long buddy = duos.buddy("Dirk", 1);
        Trajectory duo = duos.active("Dalia", buddy);

        f.signInBuddy(buddy);

        assertThatThrownBy(() -> f.bean(NewcomerLinkService.class).issue(duo.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.bean(NewcomerLinkService.class).revoke(duo.id()))
                .isInstanceOf(AccessDeniedException.class);
        f.user.signOut();
        assertThatThrownBy(() -> f.bean(NewcomerLinkService.class).issue(duo.id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aMeetingTheNewcomerConfirmsCountsAsConfirmedInTheProof(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        long buddy = duos.buddy("Eva", 1);
        Trajectory duo = duos.active("Esra", buddy);
        IssuedLink link = f.bean(NewcomerLinkService.class).issue(duo.id());
        f.signInBuddy(buddy);
        ContactView walk = f.bean(ContactService.class).log(new ContactInput(duo.id(), f.clock.today(), 90,
                ActivityType.WALK, true, false, null, null));
        f.bean(ContactService.class).log(new ContactInput(duo.id(), f.clock.today(), 60, ActivityType.CULTURE,
                true, false, null, null));
        f.user.signOut();
        NewcomerPageService pages = f.bean(NewcomerPageService.class);
        assertThat(pages.open(link.token()).orElseThrow().meetingsToConfirm()).hasSize(2);

        assertThat(pages.confirmMeeting(link.token(), walk.id())).isTrue();

        NewcomerPage page = pages.open(link.token()).orElseThrow();
        assertThat(page.meetingsToConfirm()).extracting(MeetingToConfirm::activityType)
                .containsExactly(ActivityType.CULTURE);
        assertThat(page.hours()).isEqualTo(2.5);
        f.signInCoordinator();
        ProofOfParticipation proof = f.bean(ProofService.class).data(duo.id());
        assertThat(proof.minutes()).isEqualTo(150);
        assertThat(proof.confirmedMinutes()).isEqualTo(90);
        assertThat(proof.confirmedContacts()).isEqualTo(1);
        assertThat(f.bean(ContactService.class).of(duo.id())).filteredOn(ContactView::confirmedByNewcomer)
                .extracting(ContactView::id).containsExactly(walk.id());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aMeetingOfAnotherDuoCannotBeConfirmedThroughThisLink(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        long buddy = duos.buddy("Fien", 2);
        Trajectory mine = duos.active("Farah", buddy);
        Trajectory other = duos.active("Fatima", buddy);
        IssuedLink link = f.bean(NewcomerLinkService.class).issue(mine.id());
        f.signInBuddy(buddy);
        ContactView otherMeeting = f.bean(ContactService.class).log(new ContactInput(other.id(), f.clock.today(), 60,
                ActivityType.WALK, true, false, null, null));

        assertThat(f.bean(NewcomerPageService.class).confirmMeeting(link.token(), otherMeeting.id())).isFalse();
        assertThat(f.bean(NewcomerPageService.class).open(link.token()).orElseThrow().meetingsToConfirm()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theNewcomersAnswersReachTheCoordinatorAndANotGoodOneRaisesAnAlert(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        long buddy = duos.buddy("Geert", 1);
        Trajectory duo = duos.active("Gulnar", buddy);
        IssuedLink link = f.bean(NewcomerLinkService.class).issue(duo.id());
        f.user.signOut();
        NewcomerPageService pages = f.bean(NewcomerPageService.class);

        assertThat(pages.answer(link.token(), Question.PULSE, Answer.NOT_GOOD)).isTrue();
        assertThat(pages.answer(link.token(), Question.FIT, Answer.GOOD)).isTrue();

        assertThat(pages.open(link.token()).orElseThrow().pulse()).contains(Answer.NOT_GOOD);
        f.signInCoordinator();
        assertThat(f.bean(ParticipantAnswerService.class).of(duo.id()))
                .extracting(ParticipantAnswer::respondent, ParticipantAnswer::question, ParticipantAnswer::answer)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Respondent.NEWCOMER, Question.PULSE,
                        Answer.NOT_GOOD), org.assertj.core.groups.Tuple.tuple(Respondent.NEWCOMER, Question.FIT,
                        Answer.GOOD));
        assertThat(f.bean(AlertService.class).all()).filteredOn(a -> a.trajectoryId() == duo.id())
                .extracting(Alert::kind).contains(AlertKind.NOT_GOOD_ANSWER);

        f.clock.advanceDays(1);
        f.user.signOut();
        pages.answer(link.token(), Question.PULSE, Answer.OKAY);

        f.signInCoordinator();
        assertThat(f.bean(AlertService.class).all()).filteredOn(a -> a.trajectoryId() == duo.id())
                .extracting(Alert::kind).doesNotContain(AlertKind.NOT_GOOD_ANSWER);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theBuddyAnswersForHisOwnDuoOnly(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        long buddy = duos.buddy("Hanne", 1);
        long otherBuddy = duos.buddy("Hugo", 1);
        Trajectory duo = duos.active("Hiba", buddy);
        ParticipantAnswerService answers = f.bean(ParticipantAnswerService.class);
        f.signInBuddy(buddy);

        ParticipantAnswer given = answers.answerAsBuddy(duo.id(), buddy, Question.FIT, Answer.NOT_GOOD);

        assertThat(given.respondent()).isEqualTo(Respondent.BUDDY);
        f.signInBuddy(otherBuddy);
        assertThatThrownBy(() -> answers.answerAsBuddy(duo.id(), otherBuddy, Question.PULSE, Answer.GOOD))
                .isInstanceOf(AccessDeniedException.class);
        f.user.signOut();
        assertThatThrownBy(() -> answers.answerAsBuddy(duo.id(), buddy, Question.PULSE, Answer.GOOD))
                .isInstanceOf(AccessDeniedException.class);
        f.signInBuddy(otherBuddy);
        assertThatThrownBy(() -> answers.answerAsBuddy(duo.id(), buddy, Question.PULSE, Answer.GOOD))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> answers.of(duo.id())).isInstanceOf(AccessDeniedException.class);
        f.signInCoordinator();
        assertThat(f.bean(AlertService.class).all()).filteredOn(a -> a.trajectoryId() == duo.id())
                .extracting(Alert::kind).contains(AlertKind.NOT_GOOD_ANSWER);
    }
}
