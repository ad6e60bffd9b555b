package be.buddytrajectories.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * A plugin's start that throws, as a broken plugin does. {@code SafeModeIT} packs this class with a
 * {@code beans.xml} into a plugin JAR; on the test class path it is no bean (no {@code beans.xml} there).
 */
public class ExplodingStartup {

    void onHostStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        throw new IllegalStateException("probe plugin refuses to start");
    }
}
