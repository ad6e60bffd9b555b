package be.buddytrajectories.host.plugins;

import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds which installed plugin a start failure comes from: the deepest cause is searched first, through the
 * classes on its stack (a bean's observer, a changelog run from the plugin's database class, a class that needs a
 * missing dependency) and then the class names in its message (CDI's "unsatisfied dependency" names the bean).
 * A class belongs to the plugin whose {@code plugins/<id>/} holds the JAR its class file is in.
 */
public final class FailingPlugin {

    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*");

    private FailingPlugin() {
    }

    public static Optional<String> find(Throwable failure, PluginManager plugins, ClassLoader loader) {
        List<Throwable> chain = causes(failure);
        Collections.reverse(chain);
        for (Throwable t : chain) {
            for (StackTraceElement frame : t.getStackTrace()) {
                Optional<String> id = owner(frame.getClassName(), plugins, loader);
                if (id.isPresent()) {
                    return id;
                }
            }
            Matcher m = CLASS_NAME.matcher(String.valueOf(t.getMessage()));
            while (m.find()) {
                Optional<String> id = owner(m.group(), plugins, loader);
                if (id.isPresent()) {
                    return id;
                }
            }
        }
        return Optional.empty();
    }

    /** The failure as an admin reads it: the deepest cause's type and message (no stack trace). */
    public static String describe(Throwable failure) {
        List<Throwable> chain = causes(failure);
        Throwable root = chain.get(chain.size() - 1);
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().strip();
        String text = root.getClass().getName() + message;
        return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }

    private static List<Throwable> causes(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** Finds the class file rather than loading the class: a class whose dependency is missing cannot be loaded. */
    private static Optional<String> owner(String className, PluginManager plugins, ClassLoader loader) {
        URL resource = loader.getResource(className.replace('.', '/') + ".class");
        if (resource == null) {
            return Optional.empty();
        }
        String location = resource.toString();
        if (location.startsWith("jar:file:") && location.contains("!/")) {
            location = location.substring("jar:".length(), location.indexOf("!/"));
        } else if (!location.startsWith("file:")) {
            return Optional.empty();
        }
        try {
            return plugins.pluginOwning(Path.of(URI.create(location)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
