package be.buddytrajectories.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.access.AccessDeniedException;
import be.buddytrajectories.core.activity.GroupActivityInput;
import be.buddytrajectories.core.activity.GroupActivityService;
import be.buddytrajectories.core.checkin.CheckIn;
import be.buddytrajectories.core.checkin.CheckInService;
import be.buddytrajectories.core.contact.ActivityType;
import be.buddytrajectories.core.contact.ContactInput;
import be.buddytrajectories.core.contact.ContactService;
import be.buddytrajectories.core.contact.ContactView;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Duos;
import be.buddytrajectories.core.testing.FixturePerKind;
import be.buddytrajectories.core.token.SecretTokens;
import be.buddytrajectories.core.training.TrainingKind;
import be.buddytrajectories.core.training.TrainingService;
import be.buddytrajectories.core.training.TrainingSession;
import be.buddytrajectories.core.training.TrainingSessionInput;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CalendarFeedServiceIT extends FixturePerKind {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theBuddysFeedHoldsHisMeetingsCheckInsTrainingsAndActivitiesWithStableUidsAndFirstNamesOnly(
            TestDatabases.Kind kind) throws Exception {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        long buddy = duos.buddy("Ilse", 1);
        Trajectory duo = duos.active("Imane", buddy);
        TrainingSession training = f.bean(TrainingService.class).plan(new TrainingSessionInput(TrainingKind.BASIC_TRAINING,
                "Basisvorming buddy's", f.clock.today().plusDays(10), 120));
        f.bean(GroupActivityService.class).plan(new GroupActivityInput("Picknick in het Citadelpark",
                f.clock.today().plusDays(20), 120));
        CheckIn firstCheckIn = f.bean(CheckInService.class).of(duo.id()).get(0);
        f.signInBuddy(buddy);
        ContactView planned = f.bean(ContactService.class).log(new ContactInput(duo.id(), f.clock.today().plusDays(3),
                60, ActivityType.WALK, true, false, null, null));
        CalendarFeedService feeds = f.bean(CalendarFeedService.class);

        String token = feeds.createMine(Locale.forLanguageTag("nl"));

        byte[] ics = feeds.feed(token).orElseThrow();
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        Map<String, String> summaries = calendar.<VEvent>getComponents("VEVENT").stream().collect(Collectors.toMap(
                e -> e.getProperty(Property.UID).map(Property::getValue).orElseThrow(),
                e -> e.getProperty(Property.SUMMARY).map(Property::getValue).orElseThrow()));
        assertThat(summaries).containsEntry("contact-" + planned.id() + "@buddy-trajectories", "Afspraak met Imane")
                .containsEntry("checkin-" + firstCheckIn.id() + "@buddy-trajectories", "Opvolging van je duo met Imane")
                .containsEntry("training-" + training.id() + "@buddy-trajectories", "Vorming: Basisvorming buddy's")
                .containsValue("Groepsactiviteit: Picknick in het Citadelpark");
        String text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text).contains("METHOD:PUBLISH").doesNotContain("Newcomer").doesNotContain(token);
        assertThat(feeds.feed(token).orElseThrow()).isEqualTo(ics);
        assertThat(feeds.mineSince()).isPresent();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aReplacedOrRevokedFeedNoLongerAnswersLikeATokenThatNeverExisted(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        long buddy = duos.buddy("Jan", 1);
        f.signInBuddy(buddy);
        CalendarFeedService feeds = f.bean(CalendarFeedService.class);
        String first = feeds.createMine(Locale.ENGLISH);

        String second = feeds.createMine(Locale.ENGLISH);

        assertThat(feeds.feed(first)).isEmpty();
        assertThat(new String(feeds.feed(second).orElseThrow(), StandardCharsets.UTF_8))
                .contains("X-WR-CALNAME:My buddy calendar");
        feeds.revokeMine();
        assertThat(feeds.feed(second)).isEmpty();
        assertThat(feeds.feed(SecretTokens.newToken())).isEmpty();
        assertThat(feeds.mineSince()).isEmpty();
        assertThat(f.queryInt("select count(*) from buddy_calendar_feed where token_hash = '"
                + SecretTokens.hash(second) + "'")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void onlyABuddyHasAFeed(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        f.signInCoordinator();

        assertThatThrownBy(() -> f.bean(CalendarFeedService.class).createMine(Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        f.user.signOut();
        assertThatThrownBy(() -> f.bean(CalendarFeedService.class).createMine(Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
    }
}
