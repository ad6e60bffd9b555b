package be.buddytrajectories.host.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A plugin's {@code plugin.properties}: who it is and which host-api it needs. Read from the archive or the
 * install directory as text; no class of the plugin is loaded to know it.
 *
 * @param tablePrefix prefix of the plugin's tables: the key {@code table-prefix}, else the id up to its first
 *                    {@code -} plus {@code _} (so {@code buddy-trajectories} owns {@code buddy_*}); an uninstall
 *                    that removes data drops exactly these tables
 */
public record PluginDescriptor(String id, String name, String version, String requires, String provider,
                               String license, String description, List<String> permissions, String tablePrefix) {

    public static final String FILE_NAME = "plugin.properties";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9]{0,30}_");

    /** Parses a descriptor; a missing or invalid field is refused as a broken descriptor naming that field. */
    static PluginDescriptor read(InputStream in) throws PluginRefusal, IOException {
        Properties p = new Properties();
        try {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new PluginRefusal(PluginRefusal.Reason.BROKEN_DESCRIPTOR, FILE_NAME);
        }
        String id = required(p, "id");
        if (!ID.matcher(id).matches()) {
            throw new PluginRefusal(PluginRefusal.Reason.BROKEN_DESCRIPTOR, "id");
        }
        String version = required(p, "version");
        if (!PluginVersion.isValid(version)) {
            throw new PluginRefusal(PluginRefusal.Reason.BROKEN_DESCRIPTOR, "version");
        }
        String requires = required(p, "requires");
        try {
            VersionRange.parse(requires);
        } catch (IllegalArgumentException e) {
            throw new PluginRefusal(PluginRefusal.Reason.BROKEN_DESCRIPTOR, "requires");
        }
        String prefix = p.getProperty("table-prefix", defaultPrefix(id)).trim().toLowerCase(Locale.ROOT);
        if (!PREFIX.matcher(prefix).matches() || prefix.equals("host_")) {
            throw new PluginRefusal(PluginRefusal.Reason.BROKEN_DESCRIPTOR, "table-prefix");
        }
        String permissions = p.getProperty("permissions", "");
        return new PluginDescriptor(id, required(p, "name"), version, requires, p.getProperty("provider", "").trim(),
                p.getProperty("license", "").trim(), p.getProperty("description", "").trim(),
                Arrays.stream(permissions.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList(), prefix);
    }

    /** The descriptor of an unpacked plugin directory. */
    static PluginDescriptor read(Path pluginDirectory) throws PluginRefusal, IOException {
        Path file = pluginDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new PluginRefusal(PluginRefusal.Reason.NO_DESCRIPTOR);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    private static String defaultPrefix(String id) {
        int dash = id.indexOf('-');
        return (dash < 0 ? id : id.substring(0, dash)) + "_";
    }

    private static String required(Properties p, String key) throws PluginRefusal {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new PluginRefusal(PluginRefusal.Reason.BROKEN_DESCRIPTOR, key);
        }
        return value.trim();
    }

    PluginVersion parsedVersion() {
        return PluginVersion.parse(version);
    }

    boolean supportsHostApi(String hostApiVersion) {
        return VersionRange.parse(requires).contains(PluginVersion.parse(hostApiVersion));
    }
}
