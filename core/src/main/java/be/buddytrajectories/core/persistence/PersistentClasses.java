package be.buddytrajectories.core.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Every entity of the plugin, as the persistence unit declares them in {@value #FILE} beside this class (a plugin
 * has no persistence.xml and no class-path scanning for entities). By name, so that persistence, which every
 * feature uses, depends on none of them; {@code ArchitectureTest} checks that every entity is listed.
 */
final class PersistentClasses {

    static final String FILE = "entities.txt";

    private PersistentClasses() {
    }

    static List<Class<?>> all() {
        List<Class<?>> classes = new ArrayList<>();
        try (InputStream in = PersistentClasses.class.getResourceAsStream(FILE);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    classes.add(Class.forName(name, false, PersistentClasses.class.getClassLoader()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plugin's entity list " + FILE, e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the entity list " + FILE + " names a missing class: " + e.getMessage(), e);
        }
        return List.copyOf(classes);
    }
}
