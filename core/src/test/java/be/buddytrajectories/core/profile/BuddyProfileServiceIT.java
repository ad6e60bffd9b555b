package be.buddytrajectories.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.access.AccessDeniedException;
import be.buddytrajectories.core.outbox.ChangeType;
import be.buddytrajectories.core.outbox.IndexOutbox;
import be.buddytrajectories.core.outbox.OutboxEntry;
import be.buddytrajectories.core.rules.ConcurrentEditException;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.FixturePerKind;
import be.buddytrajectories.core.testing.Profiles;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.search.profile.BuddyStatus;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BuddyProfileServiceIT extends FixturePerKind {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void registeringABuddyStoresTheProfileAndTellsTheIndex(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        f.signInCoordinator();
        long lastId = outboxPosition(f);
        long volunteer = f.volunteer("An").id();

        BuddyProfile profile = f.bean(BuddyProfileService.class).register(volunteer, Profiles.buddy(2));

        assertThat(profile.status()).isEqualTo(BuddyStatus.AVAILABLE);
        assertThat(profile.conversationLanguages()).containsExactly("fr", "nl");
        assertThat(profile.availabilityCodes()).containsExactly("SAT_MORNING", "WED_EVENING");
        assertThat(f.bean(IndexOutbox.class).after(lastId, 10))
                .extracting(OutboxEntry::volunteerId, OutboxEntry::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(volunteer, ChangeType.UPSERT));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void invalidInputIsRefusedInTheUsersLanguageAndChangesNothing(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        f.signInCoordinator();
        f.user.speaking(Locale.ENGLISH);
        long lastId = outboxPosition(f);
        long volunteer = f.volunteer("Bert").id();
        var input = Profiles.buddy(9);

        assertThatThrownBy(() -> f.bean(BuddyProfileService.class).register(volunteer, input))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("A buddy takes between 1 and 3 duos at a time.");
        f.user.speaking(Locale.forLanguageTag("nl"));
        assertThatThrownBy(() -> f.bean(BuddyProfileService.class).register(volunteer, input))
                .hasMessageContaining("Een buddy neemt tussen 1 en 3 duo's tegelijk op.");
        assertThat(f.countRows("buddy_profile", "volunteer_id", volunteer)).isZero();
        assertThat(f.bean(IndexOutbox.class).after(lastId, 10)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aNewcomerCannotBecomeABuddyProfile(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        f.signInCoordinator();
        long newcomer = f.newcomer("Samir").id();

        assertThatThrownBy(() -> f.bean(BuddyProfileService.class).register(newcomer, Profiles.buddy()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Person " + newcomer + " is not a volunteer of the organisation.");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aBuddySetsHisOwnStatusButCannotReadOrChangeAnotherBuddy(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        f.signInCoordinator();
        BuddyProfileService service = f.bean(BuddyProfileService.class);
        BuddyProfile mine = service.register(f.volunteer("Chris").id(), Profiles.buddy());
        BuddyProfile other = service.register(f.volunteer("Dirk").id(), Profiles.buddy());
        long lastId = outboxPosition(f);

        f.signInBuddy(mine.volunteerId());
        BuddyProfile paused = service.changeStatus(mine.volunteerId(), mine.version(), BuddyStatus.PAUSED);

        assertThat(paused.status()).isEqualTo(BuddyStatus.PAUSED);
        assertThat(service.find(mine.volunteerId())).isPresent();
        assertThatThrownBy(() -> service.find(other.volunteerId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.changeStatus(other.volunteerId(), other.version(), BuddyStatus.PAUSED))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(service::all).isInstanceOf(AccessDeniedException.class);
        assertThat(f.bean(IndexOutbox.class).after(lastId, 10)).extracting(OutboxEntry::volunteerId)
                .containsExactly(mine.volunteerId());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anEditBasedOnAnOldVersionIsRefusedAndTheNewerEditKept(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        f.signInCoordinator();
        BuddyProfileService service = f.bean(BuddyProfileService.class);
        BuddyProfile read = service.register(f.volunteer("Els").id(), Profiles.buddy(1));

        service.update(read.volunteerId(), read.version(), Profiles.buddy(2));

        assertThatThrownBy(() -> service.update(read.volunteerId(), read.version(), Profiles.buddy(3)))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("Someone else changed this in the meantime");
        assertThat(service.find(read.volunteerId()).orElseThrow().capacity()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anOutboxRowRollsBackWithItsTransaction(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        IndexOutbox outbox = f.bean(IndexOutbox.class);
        long lastId = outboxPosition(f);

        assertThatThrownBy(() -> f.db().runInTransaction(em -> {
            outbox.volunteerChanged(em, 4242L);
            em.flush();
            throw new IllegalStateException("the change fails after its outbox row was written");
        })).isInstanceOf(IllegalStateException.class);
        f.db().runInTransaction(em -> outbox.volunteerRemoved(em, 4343L));

        assertThat(outbox.after(lastId, 10)).extracting(OutboxEntry::volunteerId, OutboxEntry::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4343L, ChangeType.DELETE));
    }

    static long outboxPosition(CoreFixture f) {
        return f.bean(IndexOutbox.class).lastPosition();
    }
}
