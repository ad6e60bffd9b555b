package be.buddytrajectories.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.outbox.IndexOutbox;
import be.buddytrajectories.core.outbox.OutboxEntry;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Duos;
import be.buddytrajectories.core.testing.FixturePerKind;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PeopleFeedIT extends FixturePerKind {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aBuddyChangedInTheHostGoesToTheIndexOutboxOnceAndOthersDoNot(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        PeopleFeed feed = f.bean(PeopleFeed.class);
        IndexOutbox outbox = f.bean(IndexOutbox.class);
        long buddy = new Duos(f).buddy("Fien", 1);
        Person bystander = f.volunteer("Gust");
        catchUp(feed);
        long outboxPosition = lastId(outbox);

        // As a CRM would: edited outside the plugin, here erased in the host's own directory.
        f.people.anonymise(buddy);
        f.people.anonymise(bystander.id());

        assertThat(feed.follow()).as("both changes read").isEqualTo(2);
        assertThat(outbox.after(outboxPosition, 100)).as("only the buddy has a profile to index")
                .extracting(OutboxEntry::volunteerId).containsExactly(buddy);
        assertThat(feed.follow()).as("the position moved past them").isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theFeedIsReadInBatchesUntilItHasCaughtUp(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        PeopleFeed feed = f.bean(PeopleFeed.class);
        f.volunteer("Eerste");
        catchUp(feed);
        for (int i = 0; i < PeopleFeed.BATCH + 3; i++) {
            f.volunteer("Vrijwilliger" + i);
        }

        assertThat(List.of(feed.follow(), feed.follow(), feed.follow())).containsExactly(PeopleFeed.BATCH, 3, 0);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aPluginThatNeverReadTheFeedStartsAtItsEndWithoutReplayingHistory(TestDatabases.Kind kind)
            throws Exception {
        try (CoreFixture f = new CoreFixture(kind)) {
            long buddy = new Duos(f).buddy("Hilde", 1);
            f.people.anonymise(buddy);
            IndexOutbox outbox = f.bean(IndexOutbox.class);
            long outboxPosition = lastId(outbox);

            assertThat(f.bean(PeopleFeed.class).follow()).as("the whole feed read").isPositive();
            assertThat(outbox.after(outboxPosition, 100)).as("its first index build covers it").isEmpty();
            f.people.anonymise(f.volunteer("Ivo").id());
            assertThat(f.bean(PeopleFeed.class).follow()).as("from its end on").isEqualTo(2);
        }
    }

    private static void catchUp(PeopleFeed feed) {
        while (feed.follow() > 0) {
            // The fixture is shared by this class's tests: start after what they changed.
        }
    }

    private static long lastId(IndexOutbox outbox) {
        return outbox.lastPosition();
    }
}
