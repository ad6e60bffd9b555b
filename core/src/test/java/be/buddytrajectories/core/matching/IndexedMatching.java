package be.buddytrajectories.core.matching;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.intake.NewcomerIntakeService;
import be.buddytrajectories.core.outbox.IndexOutbox;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.hostapi.PeopleDirectory;
import java.nio.file.Path;

/** The profile index with its indexer and the matching service over a {@link CoreFixture}, for tests elsewhere. */
public final class IndexedMatching implements AutoCloseable {

    public final ProfileIndexer index;
    public final SuggestionService matching;

    public IndexedMatching(CoreFixture fixture, Path indexDirectory) {
        BuddyDatabase database = fixture.db();
        AccessGuard access = fixture.bean(AccessGuard.class);
        index = new ProfileIndexer(indexDirectory, fixture.bean(IndexOutbox.class),
                new BuddyDocuments(database, fixture.bean(PeopleDirectory.class)), database, access);
        matching = new SuggestionService(index, fixture.bean(NewcomerIntakeService.class), database, access,
                fixture.clock);
    }

    @Override
    public void close() {
        index.close();
    }
}
