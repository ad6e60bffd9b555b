package be.buddytrajectories.core.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.access.AccessDeniedException;
import be.buddytrajectories.core.audit.AuditAction;
import be.buddytrajectories.core.audit.AuditEntry;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.intake.NewcomerIntakeService;
import be.buddytrajectories.core.person.DayPart;
import be.buddytrajectories.core.person.HomeLocation;
import be.buddytrajectories.core.person.WeeklySlot;
import be.buddytrajectories.core.profile.BuddyProfile;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.rules.NotFoundException;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Duos;
import be.buddytrajectories.core.testing.FixturePerKind;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.core.trajectory.WaitingEntry;
import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.search.profile.BuddyStatus;
import be.buddytrajectories.search.profile.DutchLevel;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PublicSignupIT extends FixturePerKind {

    private static final HomeLocation GENT = new HomeLocation("9000", "Gent", 51.0543, 3.7174);
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private CoreFixture f;

    private CoreFixture start(TestDatabases.Kind kind) {
        f = fixture(kind);
        f.user.signOut();
        return f;
    }

    private static String newAddress() {
        return "192.0.2." + ADDRESSES.incrementAndGet();
    }

    private static VolunteerSignupInput volunteer(String firstName, String email) {
        return new VolunteerSignupInput(firstName, "Claes", email, "+32 470 12 34 56", GENT, Set.of("nl", "fr"),
                Set.of("voetbal", "koken"), Set.of(WeeklySlot.of(DayOfWeek.WEDNESDAY, DayPart.EVENING)),
                "Ik woon al dertig jaar in Gent.", true);
    }

    private static ReferralInput referral(String firstName, String email) {
        return new ReferralInput("Ilse Verstraete", "Agentschap Integratie", "ilse@integratie.be", firstName,
                "Haddad", null, email, GENT, Set.of("ar"), DutchLevel.A1, true,
                "Wil Nederlands oefenen en mensen leren kennen.", true);
    }

    /** A person filling in the form: shown, a few seconds, submitted. */
    private Submission join(VolunteerSignupInput input, String address) {
        VolunteerSignupService signups = f.bean(VolunteerSignupService.class);
        FormTicket ticket = signups.openForm();
        f.clock.advance(Duration.ofSeconds(5));
        return signups.submit(ticket, address, "", input, Locale.ENGLISH);
    }

    private int signupsWithEmail(String email) {
        return f.queryInt("select count(*) from buddy_volunteer_signup where email = '" + email + "'");
    }

    private int counted() {
        return f.queryInt("select count(*) from buddy_public_submission");
    }

    private long pendingId(String email) {
        f.signInCoordinator();
        return f.bean(VolunteerSignupService.class).pending().stream().filter(s -> s.email().equals(email))
                .findFirst().orElseThrow().id();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aSignUpWaitsInTheQueueWithItsConsentVersionAndCreatesNoHostPerson(TestDatabases.Kind kind) {
        start(kind);
        long peopleBefore = f.people.count(PersonKind.VOLUNTEER);

        assertThat(join(volunteer("Anke", "anke.q1@example.org"), newAddress())).isEqualTo(Submission.RECEIVED);

        assertThat(f.people.count(PersonKind.VOLUNTEER)).isEqualTo(peopleBefore);
        f.signInCoordinator();
        VolunteerSignup queued = f.bean(VolunteerSignupService.class).pending().stream()
                .filter(s -> s.email().equals("anke.q1@example.org")).findFirst().orElseThrow();
        assertThat(queued.consent().version()).isEqualTo(VolunteerSignup.CONSENT_VERSION);
        assertThat(queued.consent().givenOn()).isEqualTo(f.clock.today());
        assertThat(queued.languages()).containsExactlyInAnyOrder("nl", "fr");
        assertThat(queued.interests()).containsExactlyInAnyOrder("voetbal", "koken");
        assertThat(queued.availability()).containsExactly(WeeklySlot.of(DayOfWeek.WEDNESDAY, DayPart.EVENING));
        assertThat(queued.location().municipality()).isEqualTo("Gent");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void acceptingCreatesTheHostVolunteerAndAnAvailableBuddyProfileAndIsAudited(TestDatabases.Kind kind) {
        start(kind);
        join(volunteer("Bert", "bert.q2@example.org"), newAddress());
        long id = pendingId("bert.q2@example.org");

        long volunteerId = f.bean(VolunteerSignupService.class).accept(id, null);

        Person person = f.people.find(volunteerId).orElseThrow();
        assertThat(person.kind()).isEqualTo(PersonKind.VOLUNTEER);
        assertThat(person.displayName()).isEqualTo("Bert Claes");
        assertThat(person.email()).isEqualTo("bert.q2@example.org");
        BuddyProfile profile = f.bean(BuddyProfileService.class).find(volunteerId).orElseThrow();
        assertThat(profile.status()).isEqualTo(BuddyStatus.AVAILABLE);
        assertThat(profile.consent().version()).isEqualTo(VolunteerSignup.CONSENT_VERSION);
        assertThat(signupsWithEmail("bert.q2@example.org")).isZero();
        f.signInAdmin();
        assertThat(f.bean(AuditTrail.class).about(volunteerId)).extracting(AuditEntry::action)
                .contains(AuditAction.ACCEPT_VOLUNTEER_SIGNUP);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aKnownAddressGetsTheSameAnswerAndTheCoordinatorSeesWhoItMayBeAndLinksHim(TestDatabases.Kind kind) {
        start(kind);
        Person known = f.people.register(new NewPerson(PersonKind.VOLUNTEER, "Carla", "Peeters",
                "carla.q3@example.org", null, 1975, Gender.F, null, "9000", "Gent", null, List.of("nl"), Set.of()));

        assertThat(join(volunteer("Carla", "Carla.Q3@example.org"), newAddress())).isEqualTo(Submission.RECEIVED);

        long id = pendingId("Carla.Q3@example.org");
        VolunteerSignupService signups = f.bean(VolunteerSignupService.class);
        assertThat(signups.review(id).possiblySame()).extracting(Person::id).containsExactly(known.id());
        long peopleBefore = f.people.count(PersonKind.VOLUNTEER);

        assertThat(signups.accept(id, known.id())).isEqualTo(known.id());

        assertThat(f.people.count(PersonKind.VOLUNTEER)).isEqualTo(peopleBefore);
        assertThat(f.bean(BuddyProfileService.class).find(known.id())).isPresent();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void decliningDeletesTheCandidatesDataAndIsAudited(TestDatabases.Kind kind) {
        start(kind);
        join(volunteer("Dirk", "dirk.q4@example.org"), newAddress());
        long id = pendingId("dirk.q4@example.org");

        f.bean(VolunteerSignupService.class).decline(id);

        assertThat(signupsWithEmail("dirk.q4@example.org")).isZero();
        f.signInAdmin();
        AuditEntry latest = f.bean(AuditTrail.class).recent(1).get(0);
        assertThat(latest.action()).isEqualTo(AuditAction.DECLINE_VOLUNTEER_SIGNUP);
        assertThat(latest.detail()).isEqualTo(java.util.Optional.of("volunteer sign-up " + id));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aFilledHoneypotOrATooFastSubmissionIsAnsweredAsReceivedAndWritesOnlyTheCounter(TestDatabases.Kind kind) {
        start(kind);
        VolunteerSignupService signups = f.bean(VolunteerSignupService.class);
        int before = counted();

        FormTicket ticket = signups.openForm();
        f.clock.advance(Duration.ofSeconds(5));
        assertThat(signups.submit(ticket, newAddress(), "http://spam.example", volunteer("Eva", "eva.q5@example.org"),
                Locale.ENGLISH)).isEqualTo(Submission.RECEIVED);
        FormTicket fast = signups.openForm();
        f.clock.advance(Duration.ofSeconds(1));
        assertThat(signups.submit(fast, newAddress(), "", volunteer("Eva", "eva.q5@example.org"), Locale.ENGLISH))
                .isEqualTo(Submission.RECEIVED);
        assertThat(signups.submit(null, newAddress(), "", volunteer("Eva", "eva.q5@example.org"), Locale.ENGLISH))
                .isEqualTo(Submission.RECEIVED);

        assertThat(signupsWithEmail("eva.q5@example.org")).isZero();
        assertThat(counted()).isEqualTo(before + 3);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anAddressOverItsHourlyLimitIsAskedToTryLaterAndMayAgainAnHourLater(TestDatabases.Kind kind) {
        start(kind);
        String address = newAddress();
        for (int i = 0; i < SignupLimits.PER_ADDRESS; i++) {
            assertThat(join(volunteer("Fien", "fien" + i + ".q6@example.org"), address))
                    .isEqualTo(Submission.RECEIVED);
        }
        int before = counted();

        assertThat(join(volunteer("Fien", "fien.over.q6@example.org"), address)).isEqualTo(Submission.TRY_LATER);
        assertThat(f.bean(ReferralService.class).submit(null, address, "", referral("Fien", null), Locale.ENGLISH))
                .isEqualTo(Submission.RECEIVED);

        assertThat(signupsWithEmail("fien.over.q6@example.org")).isZero();
        assertThat(join(volunteer("Gert", "gert.q6@example.org"), newAddress())).isEqualTo(Submission.RECEIVED);
        f.clock.advance(SignupLimits.WINDOW);
        assertThat(join(volunteer("Fien", "fien.later.q6@example.org"), address)).isEqualTo(Submission.RECEIVED);
        assertThat(signupsWithEmail("fien.later.q6@example.org")).isEqualTo(1);
        assertThat(counted()).isLessThanOrEqualTo(before + 3);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void invalidFieldsAreRefusedWithAMessageEachInTheVisitorsLanguageAndNothingIsWritten(TestDatabases.Kind kind) {
        start(kind);
        VolunteerSignupService signups = f.bean(VolunteerSignupService.class);
        int before = counted();
        VolunteerSignupInput bad = new VolunteerSignupInput(" ", "Claes", "not-an-address", "call me", null,
                Set.of(), Set.of(), Set.of(), "", false);
        FormTicket ticket = signups.openForm();
        f.clock.advance(Duration.ofSeconds(5));

        assertThatThrownBy(() -> signups.submit(ticket, newAddress(), "", bad, Locale.ENGLISH))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(messages(e))
                        .containsEntry("firstName", "Enter the first name.")
                        .containsEntry("email", "This is not an e-mail address; write it like name@example.org.")
                        .containsEntry("phone", "Write the phone number with digits (at least 6), spaces, +, (, ), /, . or - only.")
                        .containsEntry("location", "Choose the municipality.")
                        .containsEntry("languages", "Choose at least one language.")
                        .containsEntry("availability", "Choose at least one moment of the week when you are free.")
                        .containsEntry("about", "Tell us a little about yourself.")
                        .containsEntry("consent", "Tick that you agree, or we cannot keep your sign-up."));
        assertThatThrownBy(() -> signups.submit(ticket, newAddress(), "", bad, Locale.forLanguageTag("nl-BE")))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(messages(e))
                        .containsEntry("firstName", "Vul de voornaam in."));
        ReferralInput unreachable = new ReferralInput("", "", "ilse@integratie.be", "Hana", "Haddad", "", "", GENT,
                Set.of("ar"), null, false, " ", false);
        assertThatThrownBy(() -> f.bean(ReferralService.class).submit(ticket, newAddress(), "", unreachable,
                Locale.ENGLISH)).isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(messages(e))
                        .containsEntry("caseWorkerName", "Enter your name.")
                        .containsEntry("organisation", "Enter your organisation.")
                        .containsEntry("reachable", "Give the newcomer's phone number or e-mail address.")
                        .containsEntry("reason", "Write briefly why you refer this newcomer.")
                        .containsEntry("newcomerAgreed", "Confirm that the newcomer agreed to be referred."));

        assertThat(counted()).isEqualTo(before);
        assertThat(signupsWithEmail("not-an-address")).isZero();
    }

    private static Map<String, String> messages(ConstraintViolationException e) {
        return e.getConstraintViolations().stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage, (a, b) -> a + " " + b));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anAcceptedReferralWaitsForTheIntakeWhichPutsTheNewcomerOnTheListFromTheDayHeWasReferred(
            TestDatabases.Kind kind) {
        start(kind);
        LocalDate referredOn = f.clock.today();
        long newcomersBefore = f.people.count(PersonKind.NEWCOMER);
        ReferralService referrals = f.bean(ReferralService.class);
        FormTicket ticket = referrals.openForm();
        f.clock.advance(Duration.ofSeconds(5));

        assertThat(referrals.submit(ticket, newAddress(), "", referral("Hana", "hana.q8@example.org"), Locale.ENGLISH))
                .isEqualTo(Submission.RECEIVED);

        assertThat(f.people.count(PersonKind.NEWCOMER)).isEqualTo(newcomersBefore);
        f.signInCoordinator();
        Referral queued = referrals.pending().stream().filter(r -> r.email().orElse("").equals("hana.q8@example.org"))
                .findFirst().orElseThrow();
        assertThat(queued.dutchLevel()).contains(DutchLevel.A1);
        assertThat(queued.pntObliged()).isTrue();
        assertThat(queued.agreement().version()).isEqualTo(Referral.AGREEMENT_VERSION);
        assertThat(referrals.review(queued.id()).possiblySame()).isEmpty();

        long newcomerId = referrals.accept(queued.id(), null);

        Person newcomer = f.people.find(newcomerId).orElseThrow();
        assertThat(newcomer.kind()).isEqualTo(PersonKind.NEWCOMER);
        assertThat(newcomer.municipality()).isEqualTo("Gent");
        assertThat(f.bean(NewcomerIntakeService.class).find(newcomerId)).isEmpty();
        assertThat(referrals.pending()).extracting(Referral::id).doesNotContain(queued.id());
        assertThat(referrals.awaitingIntake(newcomerId)).map(Referral::caseWorkerName).isPresent();
        assertThatThrownBy(() -> referrals.accept(queued.id(), null)).isInstanceOf(NotFoundException.class);
        f.signInAdmin();
        assertThat(f.bean(AuditTrail.class).about(newcomerId)).extracting(AuditEntry::action)
                .contains(AuditAction.ACCEPT_REFERRAL);

        f.clock.advanceDays(12);
        f.signInCoordinator();
        Trajectory waiting = f.bean(NewcomerIntakeService.class).register(newcomerId, Duos.intake(true));

        assertThat(waiting.waitingSince()).isEqualTo(referredOn);
        assertThat(f.bean(TrajectoryService.class).waitingList()).filteredOn(e -> e.newcomerId() == newcomerId)
                .extracting(WaitingEntry::daysWaiting).containsExactly(12L);
        assertThat(referrals.awaitingIntake(newcomerId)).isEmpty();
        assertThat(f.queryInt("select count(*) from buddy_referral where id = " + queued.id())).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void decliningAReferralDeletesItAndIsAudited(TestDatabases.Kind kind) {
        start(kind);
        ReferralService referrals = f.bean(ReferralService.class);
        FormTicket ticket = referrals.openForm();
        f.clock.advance(Duration.ofSeconds(5));
        referrals.submit(ticket, newAddress(), "", referral("Ines", "ines.q9@example.org"), Locale.ENGLISH);
        f.signInCoordinator();
        long id = referrals.pending().stream().filter(r -> r.email().orElse("").equals("ines.q9@example.org"))
                .findFirst().orElseThrow().id();

        referrals.decline(id);

        assertThat(f.queryInt("select count(*) from buddy_referral where id = " + id)).isZero();
        f.signInAdmin();
        assertThat(f.bean(AuditTrail.class).recent(1).get(0).action()).isEqualTo(AuditAction.DECLINE_REFERRAL);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void onlyCoordinatorsAndAdminsSeeAndDecideTheQueues(TestDatabases.Kind kind) {
        start(kind);
        join(volunteer("Jan", "jan.q10@example.org"), newAddress());
        long id = pendingId("jan.q10@example.org");
        VolunteerSignupService signups = f.bean(VolunteerSignupService.class);
        ReferralService referrals = f.bean(ReferralService.class);

        for (Runnable signIn : List.<Runnable>of(() -> f.user.signOut(), () -> f.signInBuddy(7L))) {
            signIn.run();
            assertThatThrownBy(signups::pending).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signups.review(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signups.accept(id, null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signups.decline(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(referrals::pending).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> referrals.accept(id, null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> referrals.decline(id)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(signupsWithEmail("jan.q10@example.org")).isEqualTo(1);
        f.signInAdmin();
        assertThat(signups.pending()).extracting(VolunteerSignup::id).contains(id);
    }
}
