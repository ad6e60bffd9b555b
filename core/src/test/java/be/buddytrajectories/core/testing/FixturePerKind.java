package be.buddytrajectories.core.testing;

import be.buddytrajectories.hostapi.testing.TestDatabases;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/**
 * Base of service ITs: one {@link CoreFixture} per database kind for the whole test class, because migrating a
 * fresh database for every test would take most of the suite's time.
 */
public abstract class FixturePerKind {

    private static final Map<TestDatabases.Kind, CoreFixture> FIXTURES = new EnumMap<>(TestDatabases.Kind.class);

    protected static CoreFixture fixture(TestDatabases.Kind kind) {
        return FIXTURES.computeIfAbsent(kind, CoreFixture::new);
    }

    @AfterAll
    static void closeFixtures() throws Exception {
        for (CoreFixture fixture : FIXTURES.values()) {
            fixture.close();
        }
        FIXTURES.clear();
    }
}
