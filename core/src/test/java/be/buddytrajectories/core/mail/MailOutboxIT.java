package be.buddytrajectories.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.access.AccessDeniedException;
import be.buddytrajectories.core.checkin.CheckInService;
import be.buddytrajectories.core.contact.ActivityType;
import be.buddytrajectories.core.contact.ContactInput;
import be.buddytrajectories.core.contact.ContactService;
import be.buddytrajectories.core.pulse.Answer;
import be.buddytrajectories.core.pulse.ParticipantAnswerService;
import be.buddytrajectories.core.pulse.Respondent;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Duos;
import be.buddytrajectories.core.testing.FixturePerKind;
import be.buddytrajectories.core.trajectory.EndReason;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.Mail;
import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MailOutboxIT extends FixturePerKind {

    private static final AtomicLong ADDRESSES = new AtomicLong();

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aQuietDuoRemindsItsBuddyOnceWithTheWeMetLinkAndTheNewcomersFirstNameOnly(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Person buddy = person(f, PersonKind.VOLUNTEER, "Annelies", List.of("nl"));
        Person newcomer = person(f, PersonKind.NEWCOMER, "Amira", List.of("ar"));
        Duos duos = new Duos(f);
        duos.active(newcomer, duos.buddy(buddy, 1));

        f.clock.advanceDays(15);
        rounds(f);
        rounds(f);
        send(f);

        List<Mail> mails = received(f, buddy, MailKind.NO_CONTACT_REMINDER);
        assertThat(mails).hasSize(1);
        Mail reminder = mails.get(0);
        assertThat(reminder.subject()).isEqualTo("Hoe gaat het met Amira?");
        assertThat(reminder.body()).contains("15 dagen", "https://buddy.example.org/buddy/me",
                "https://buddy.example.org/buddy/mail/o-" + buddy.id() + "-buddy.");
        assertThat(reminder.body()).doesNotContain(newcomer.lastName(), newcomer.email());
        assertThat(reminder.messageId()).matches("<buddy-mail-\\d+@buddy\\.example\\.org>");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aMailServerThatIsDownMeansRetriesWithAGrowingPauseAndEachMailGoesOnce(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        send(f);
        Person first = quietBuddy(f, "Bart");
        Person second = quietBuddy(f, "Bieke");
        rounds(f);

        f.mailer.refuse("Connection refused: smtp.example.org:587", false);
        assertThat(send(f)).isZero();
        assertThat(triedAndWaiting(f)).as("a round stops at a server that is down").isEqualTo(1);
        OutgoingMail tried = f.db().inTransaction(em -> em.createQuery(
                "select m from OutgoingMail m where m.attempts > 0 and m.state = :s", OutgoingMail.class)
                .setParameter("s", MailState.PENDING).getSingleResult());
        assertThat(tried.lastError()).hasValue("Connection refused: smtp.example.org:587");
        assertThat(tried.nextAttemptAt()).isEqualTo(
                java.time.LocalDateTime.ofInstant(f.clock.instant(), java.time.ZoneOffset.UTC).plusMinutes(1));

        f.mailer.accept();
        send(f);
        assertThat(mail(f, tried.personId() == first.id() ? first : second, MailKind.NO_CONTACT_REMINDER).state())
                .as("the failed mail waits for its pause").isEqualTo(MailState.PENDING);
        f.clock.advance(Duration.ofMinutes(2));
        send(f);

        assertThat(received(f, first, MailKind.NO_CONTACT_REMINDER)).hasSize(1);
        assertThat(received(f, second, MailKind.NO_CONTACT_REMINDER)).hasSize(1);
        assertThat(mail(f, first, MailKind.NO_CONTACT_REMINDER).state()).isEqualTo(MailState.SENT);
        assertThat(mail(f, second, MailKind.NO_CONTACT_REMINDER).state()).isEqualTo(MailState.SENT);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aRefusedAddressFailsAtOnceAndTheAdminRetriesIt(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        send(f);
        Person buddy = quietBuddy(f, "Carl");
        rounds(f);

        f.mailer.refuse("550 5.1.1 <" + buddy.email() + ">: Recipient address rejected", true);
        send(f);
        OutgoingMail failed = mail(f, buddy, MailKind.NO_CONTACT_REMINDER);
        assertThat(failed.state()).isEqualTo(MailState.FAILED);
        assertThat(failed.lastError()).hasValueSatisfying(e -> assertThat(e).contains("Recipient address rejected"));

        f.mailer.accept();
        assertThat(send(f)).isZero();
        f.signInAdmin();
        assertThat(f.bean(MailAdmin.class).figures().get(MailState.FAILED)).isPositive();
        f.bean(MailAdmin.class).retry(failed.id());
        send(f);

        assertThat(received(f, buddy, MailKind.NO_CONTACT_REMINDER)).hasSize(1);
        assertThat(mail(f, buddy, MailKind.NO_CONTACT_REMINDER).state()).isEqualTo(MailState.SENT);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aHostThatDiesAfterTheServerAcceptedSendsThatMailOnceMoreWithTheSameMessageId(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        send(f);
        Person buddy = quietBuddy(f, "Dirk");
        rounds(f);
        f.mailer.dieAfterAccepting(buddy.email());

        assertThatThrownBy(() -> send(f)).isInstanceOf(Error.class);
        assertThat(mail(f, buddy, MailKind.NO_CONTACT_REMINDER).state()).isEqualTo(MailState.SENDING);
        send(f);
        assertThat(received(f, buddy, MailKind.NO_CONTACT_REMINDER)).as("the claim holds until its lease ends")
                .hasSize(1);

        f.clock.advance(Duration.ofMinutes(6));
        send(f);
        send(f);

        List<Mail> copies = received(f, buddy, MailKind.NO_CONTACT_REMINDER);
        assertThat(copies).hasSize(2);
        assertThat(copies.get(1).messageId()).isEqualTo(copies.get(0).messageId());
        assertThat(mail(f, buddy, MailKind.NO_CONTACT_REMINDER).state()).isEqualTo(MailState.SENT);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anOptOutThroughTheLinkInTheMailIsHonouredForAMailAlreadyWaiting(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        send(f);
        Person buddy = quietBuddy(f, "Els");
        rounds(f);
        String link = preferencesLink(mail(f, buddy, MailKind.NO_CONTACT_REMINDER).body());
        MailPreferences preferences = f.bean(MailPreferences.class);

        assertThat(preferences.of(link)).get().satisfies(c -> assertThat(c.wanted())
                .containsEntry(MailKind.NO_CONTACT_REMINDER, true).doesNotContainKey(MailKind.WEEKLY_DIGEST));
        preferences.choose(link, MailKind.NO_CONTACT_REMINDER, false);
        send(f);

        assertThat(received(f, buddy, MailKind.NO_CONTACT_REMINDER)).isEmpty();
        assertThat(mail(f, buddy, MailKind.NO_CONTACT_REMINDER).state()).isEqualTo(MailState.SKIPPED);
        assertThat(preferences.of(link.substring(0, link.length() - 2) + "xx")).isEmpty();
        assertThat(preferences.of(link.replace("-buddy.", "-newcomer."))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theNewcomerWhoReadsFrenchGetsTheThankYouInFrenchWithTheProofAttached(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        send(f);
        Person buddy = person(f, PersonKind.VOLUNTEER, "Frank", List.of("nl", "en"));
        Person newcomer = person(f, PersonKind.NEWCOMER, "Fatou", List.of("fr", "wo"));
        Duos duos = new Duos(f);
        Trajectory duo = duos.active(newcomer, duos.buddy(buddy, 1));
        for (int i = 0; i < 4; i++) {
            f.bean(ContactService.class).log(new ContactInput(duo.id(), f.clock.today(), 720, ActivityType.WALK,
                    true, false, null, null));
        }

        rounds(f);
        send(f);

        Mail toNewcomer = received(f, newcomer, MailKind.THANK_YOU).get(0);
        assertThat(toNewcomer.subject()).isEqualTo("Bravo : 48 heures avec votre buddy");
        assertThat(toNewcomer.body()).contains("Frank");
        assertThat(toNewcomer.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("preuve-de-participation.pdf");
            assertThat(new String(a.content(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        });
        assertThat(received(f, buddy, MailKind.THANK_YOU)).singleElement()
                .satisfies(m -> assertThat(m.subject()).isEqualTo("Dank je: 48 uur met Fatou"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anIntroductionSharesContactDetailsOnlyWhenTheCoordinatorChoseToAndNeverTheStreet(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        send(f);
        Person buddy = person(f, PersonKind.VOLUNTEER, "Greet", List.of("nl"));
        Person newcomer = person(f, PersonKind.NEWCOMER, "Gulnara", List.of("ru", "en"));
        Duos duos = new Duos(f);
        Trajectory proposed = duos.proposed(newcomer, duos.buddy(buddy, 1));
        MailIntroductions introductions = f.bean(MailIntroductions.class);

        assertThat(introductions.introduce(proposed.id(), new IntroductionInput("Jullie houden allebei van koken.",
                false))).isEqualTo(2);
        f.clock.advance(Duration.ofSeconds(1));
        introductions.introduce(proposed.id(), new IntroductionInput(null, true));
        send(f);

        List<Mail> toBuddy = received(f, buddy, MailKind.INTRODUCTION);
        assertThat(toBuddy).hasSize(2);
        assertThat(toBuddy.get(0).body()).contains("Gulnara", "Jullie houden allebei van koken.")
                .doesNotContain(newcomer.email(), newcomer.phone(), newcomer.street(), newcomer.lastName());
        assertThat(toBuddy.get(1).body()).contains(newcomer.email(), newcomer.phone())
                .doesNotContain(newcomer.street(), newcomer.lastName());
        assertThat(received(f, newcomer, MailKind.INTRODUCTION)).first()
                .satisfies(m -> assertThat(m.subject()).isEqualTo("Meet Greet, your buddy"));

        f.signInBuddy(buddy.id());
        assertThatThrownBy(() -> introductions.introduce(proposed.id(), new IntroductionInput(null, true)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theAdminRewordsAMailSwitchesAKindOffAndIsToldWhichPlaceholdersExist(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        send(f);
        f.signInAdmin();
        MailAdmin admin = f.bean(MailAdmin.class);

        assertThatThrownBy(() -> admin.reword(MailKind.NO_CONTACT_REMINDER, Audience.BUDDY, "nl",
                new Wording("Hallo {firstName}", "Bel {coordinatorPhone}")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("This mail does not know {coordinatorPhone}. It can use: {firstName} {partner} {days} {link}");
        admin.reword(MailKind.NO_CONTACT_REMINDER, Audience.BUDDY, "nl",
                new Wording("Even bijpraten over {partner}?", "Dag {firstName}, al {days} dagen stil."));
        Person rewordedFor = quietBuddy(f, "Hanne");
        rounds(f);
        send(f);
        assertThat(received(f, rewordedFor, MailKind.NO_CONTACT_REMINDER)).singleElement().satisfies(m -> {
            assertThat(m.subject()).startsWith("Even bijpraten over ");
            assertThat(m.body()).startsWith("Dag Hanne, al 15 dagen stil.");
        });

        f.signInAdmin();
        admin.restoreStandard(MailKind.NO_CONTACT_REMINDER, Audience.BUDDY, "nl");
        assertThat(admin.wording(MailKind.NO_CONTACT_REMINDER, Audience.BUDDY, "nl").subject())
                .isEqualTo("Hoe gaat het met {partner}?");
        admin.switchKind(MailKind.NO_CONTACT_REMINDER, false);
        Person switchedOff = quietBuddy(f, "Hilde");
        rounds(f);
        send(f);
        f.signInAdmin();
        admin.switchKind(MailKind.NO_CONTACT_REMINDER, true);

        assertThat(received(f, switchedOff, MailKind.NO_CONTACT_REMINDER)).isEmpty();
        f.signInCoordinator();
        assertThatThrownBy(() -> f.bean(MailAdmin.class).queue(10)).isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aCheckInInvitationCarriesTheCalendarInvitationAndOneClickAnswersThatCountWhileTheDuoRuns(
            TestDatabases.Kind kind) throws Exception {
        CoreFixture f = fixture(kind);
        send(f);
        Person buddy = person(f, PersonKind.VOLUNTEER, "Ilse", List.of("nl"));
        Duos duos = new Duos(f);
        Trajectory duo = duos.active(person(f, PersonKind.NEWCOMER, "Imane", List.of("ar")), duos.buddy(buddy, 1));
        f.bean(CheckInService.class).planExtra(duo.id(), f.clock.today().plusDays(3));

        rounds(f);
        send(f);

        Mail invitation = received(f, buddy, MailKind.CHECK_IN_INVITATION).get(0);
        assertThat(invitation.subject()).isEqualTo("Gesprek met je coördinator op " + f.clock.today().plusDays(3));
        assertThat(invitation.attachments()).singleElement().satisfies(ics -> {
            assertThat(ics.fileName()).isEqualTo("uitnodiging.ics");
            assertThat(ics.contentType()).startsWith("text/calendar; method=REQUEST");
            // iCalendar folds long lines with a line break and a space.
            assertThat(new String(ics.content(), java.nio.charset.StandardCharsets.UTF_8).replace("\r\n ", ""))
                    .contains("METHOD:REQUEST", "mailto:" + buddy.email());
        });
        String good = answerLink(invitation.body(), ":-) Goed: ");
        String notGood = answerLink(invitation.body(), ":-( Niet goed: ");
        MailAnswers answers = f.bean(MailAnswers.class);
        f.user.signOut();

        assertThat(answers.answer(good)).contains(Answer.GOOD);
        assertThat(answers.answer(notGood.replace("NOTGOOD", "GOOD"))).as("a changed link").isEmpty();
        f.signInCoordinator();
        assertThat(f.bean(ParticipantAnswerService.class).of(duo.id())).singleElement().satisfies(a -> {
            assertThat(a.respondent()).isEqualTo(Respondent.BUDDY);
            assertThat(a.answer()).isEqualTo(Answer.GOOD);
        });
        TrajectoryService trajectories = f.bean(TrajectoryService.class);
        Trajectory running = trajectories.find(duo.id());
        trajectories.close(running.id(), running.version(), EndReason.COMPLETED, null);
        assertThat(answers.answer(notGood)).as("after the duo closed").isEmpty();
    }

    /** A buddy with an address in an active duo that has had no contact for 15 days. */
    private static Person quietBuddy(CoreFixture f, String name) {
        Person buddy = person(f, PersonKind.VOLUNTEER, name, List.of("nl"));
        Duos duos = new Duos(f);
        duos.active(person(f, PersonKind.NEWCOMER, name + "-nieuwkomer", List.of("ar")), duos.buddy(buddy, 1));
        f.clock.advanceDays(15);
        return buddy;
    }

    private static Person person(CoreFixture f, PersonKind kind, String firstName, List<String> languages) {
        long n = ADDRESSES.incrementAndGet();
        return f.people.register(new NewPerson(kind, firstName, "Achternaam" + n,
                firstName.toLowerCase(java.util.Locale.ROOT) + n + "@example.org", "+32 470 00 00 " + (10 + n % 90),
                1990, Gender.X, "Kerkstraat " + n, "9000", "Gent", null, languages, Set.of()));
    }

    private static int rounds(CoreFixture f) {
        return f.bean(MailRounds.class).run();
    }

    private static int send(CoreFixture f) {
        int sent = 0;
        int round;
        do {
            round = f.bean(MailSender.class).sendDue();
            sent += round;
        } while (round == MailSender.BATCH);
        return sent;
    }

    /** The latest mail of this kind to this person in the outbox. */
    private static OutgoingMail mail(CoreFixture f, Person person, MailKind kind) {
        return f.db().inTransaction(em -> em.createQuery("""
                        select m from OutgoingMail m where m.personId = :p and m.kind = :kind order by m.id desc""",
                        OutgoingMail.class)
                .setParameter("p", person.id()).setParameter("kind", kind).setMaxResults(1).getSingleResult());
    }

    /** What the mail server received of this kind for this person. */
    private static List<Mail> received(CoreFixture f, Person person, MailKind kind) {
        Set<String> ids = f.db().inTransaction(em -> em.createQuery(
                        "select m.id from OutgoingMail m where m.personId = :p and m.kind = :kind", Long.class)
                .setParameter("p", person.id()).setParameter("kind", kind).getResultStream()
                .map(id -> "<buddy-mail-" + id + "@buddy.example.org>").collect(java.util.stream.Collectors.toSet()));
        return f.mailer.sentTo(person.email()).stream().filter(m -> ids.contains(m.messageId())).toList();
    }

    private static long triedAndWaiting(CoreFixture f) {
        return f.db().inTransaction(em -> em.createQuery("""
                        select count(m) from OutgoingMail m
                        where m.attempts > 0 and m.state = be.buddytrajectories.core.mail.MailState.PENDING""",
                Long.class).getSingleResult());
    }

    /** The signed part of the one-click link after {@code label} in a mail's body. */
    private static String answerLink(String body, String label) {
        String marker = "https://buddy.example.org/" + MailAnswers.PATH + "/";
        String line = body.lines().filter(l -> l.startsWith(label)).findFirst().orElseThrow();
        return line.substring(line.indexOf(marker) + marker.length()).strip();
    }

    private static String preferencesLink(String body) {
        String marker = "https://buddy.example.org/" + MailPreferences.PATH + "/";
        String rest = body.substring(body.indexOf(marker) + marker.length());
        return rest.split("\\s")[0];
    }
}
