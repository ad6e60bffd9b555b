package be.buddytrajectories.search.index;

import static be.buddytrajectories.search.TestProfiles.buddy;

import be.buddytrajectories.search.profile.BuddyProfileDocument;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs in a separate JVM for {@link ProfileIndexCrashTest}: applies outbox rows 1, 2, 3, … forever (row i
 * upserts profile {@link #profile(int)}), commits every {@link #COMMIT_EVERY} rows and says so on stdout,
 * until it is killed.
 */
public final class IndexingUntilKilled {

    static final int COMMIT_EVERY = 50;

    private IndexingUntilKilled() {
    }

    /** What outbox row i writes: a new profile for odd rows, a change of an earlier one for even rows. */
    static BuddyProfileDocument profile(int row) {
        int id = row % 2 == 1 ? row : row / 2;
        return buddy("b" + id).with(b -> {
            b.about = "Versie " + row + ": ik hou van wandelen en koken.";
            b.interests = List.of("koken", "fietsen");
        }).build();
    }

    public static void main(String[] args) throws Exception {
        try (ProfileIndex index = ProfileIndex.open(Path.of(args[0]))) {
            for (int row = 1; ; row++) {
                index.upsert(profile(row));
                if (row % COMMIT_EVERY == 0) {
                    index.commit(row);
                    System.out.println("committed " + row);
                    System.out.flush();
                }
            }
        }
    }
}
