package be.buddytrajectories.core.persistence;

import be.buddytrajectories.core.programme.ProgrammeSettings;
import java.util.List;

/** Every entity of the plugin: a plugin has no persistence.xml and no class-path scanning for entities. */
final class PersistentClasses {

    static final List<Class<?>> ALL = List.of(
            ProgrammeSettings.class);

    private PersistentClasses() {
    }
}
