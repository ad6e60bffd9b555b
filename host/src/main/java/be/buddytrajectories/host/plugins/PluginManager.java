package be.buddytrajectories.host.plugins;

import be.buddytrajectories.hostapi.HostApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugins directory and the state kept in it (see the package description). Staging operations only write
 * files; {@link #applyPending} carries them out at the next start, before the class path is built. The admin
 * screen, the command line and the launcher all go through this class, so they agree on what a file means.
 * Not thread-safe across processes beyond what atomic renames give: one admin at a time is the expectation.
 */
public final class PluginManager {

    static final String STAGED = ".staged";
    static final String PENDING = ".pending.properties";
    static final String DISABLED = "DISABLED";
    static final String FAILED = "FAILED";
    static final String SHA256 = "archive.sha256";
    private static final Logger LOG = LoggerFactory.getLogger(PluginManager.class);

    private final Path pluginsDir;
    private final long maxArchiveBytes;
    private final String hostApiVersion;

    public PluginManager(Path pluginsDir, long maxArchiveBytes) {
        this(pluginsDir, maxArchiveBytes, HostApi.version());
    }

    PluginManager(Path pluginsDir, long maxArchiveBytes, String hostApiVersion) {
        this.pluginsDir = pluginsDir.toAbsolutePath().normalize();
        this.maxArchiveBytes = maxArchiveBytes;
        this.hostApiVersion = hostApiVersion;
    }

    public Path pluginsDir() {
        return pluginsDir;
    }

    public long maxArchiveBytes() {
        return maxArchiveBytes;
    }

    /** Every installed or staged plugin, by id. */
    public synchronized List<PluginStatus> list() {
        Map<String, PendingOperation> pending = readPending();
        Map<String, PluginStatus> plugins = new TreeMap<>();
        for (Path dir : directories(pluginsDir)) {
            descriptorOf(dir).ifPresent(d -> plugins.put(d.id(), status(d, dir, pending.get(d.id()))));
        }
        for (Path dir : directories(pluginsDir.resolve(STAGED))) {
            // A staged version without a pending operation was cancelled: the next start removes nothing, skip it.
            descriptorOf(dir).filter(d -> !plugins.containsKey(d.id()) && pending.containsKey(d.id()))
                    .ifPresent(d -> plugins.put(d.id(), status(d, null, pending.get(d.id()))));
        }
        return List.copyOf(plugins.values());
    }

    public synchronized Optional<PluginStatus> find(String id) {
        return list().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private PluginStatus status(PluginDescriptor descriptor, Path active, PendingOperation pending) {
        Path staged = pluginsDir.resolve(STAGED).resolve(descriptor.id());
        Optional<String> stagedVersion = pending == PendingOperation.INSTALL
                ? descriptorOf(staged).map(PluginDescriptor::version) : Optional.empty();
        Optional<String> failure = active == null ? Optional.empty() : readText(active.resolve(FAILED));
        PluginState state;
        if (pending != null) {
            state = PluginState.PENDING_RESTART;
        } else if (failure.isPresent()) {
            state = PluginState.FAILED;
        } else if (Files.exists(active.resolve(DISABLED))) {
            state = PluginState.DISABLED;
        } else {
            state = PluginState.ACTIVE;
        }
        Optional<String> sha = pending == PendingOperation.INSTALL || active == null
                ? readText(staged.resolve(SHA256)) : readText(active.resolve(SHA256));
        return new PluginStatus(descriptor, state, Optional.ofNullable(pending), stagedVersion, sha, failure);
    }

    /**
     * Checks an archive and stages it for the next start. On refusal nothing on disk has changed.
     *
     * @return the staged plugin's status (pending restart), with the archive's SHA-256
     */
    public synchronized PluginStatus stage(Path archiveFile) throws PluginRefusal, IOException {
        PluginArchive archive = PluginArchive.inspect(archiveFile, maxArchiveBytes);
        PluginDescriptor descriptor = archive.descriptor();
        if (!descriptor.supportsHostApi(hostApiVersion)) {
            throw new PluginRefusal(PluginRefusal.Reason.INCOMPATIBLE, descriptor.name(), descriptor.version(),
                    descriptor.requires(), hostApiVersion);
        }
        Optional<PluginDescriptor> installed = descriptorOf(pluginsDir.resolve(descriptor.id()));
        if (installed.isPresent() && descriptor.parsedVersion().compareTo(installed.get().parsedVersion()) < 0) {
            throw new PluginRefusal(PluginRefusal.Reason.DOWNGRADE, descriptor.name(), descriptor.version(),
                    installed.get().version());
        }
        Path stagedRoot = Files.createDirectories(pluginsDir.resolve(STAGED));
        Path unpacking = Files.createTempDirectory(stagedRoot, ".unpacking-");
        try {
            Path content = unpacking.resolve("content");
            archive.extractTo(content);
            Files.writeString(content.resolve(SHA256), archive.sha256() + "\n");
            Path staged = stagedRoot.resolve(descriptor.id());
            deleteTree(staged);
            move(content, staged);
        } finally {
            deleteTree(unpacking);
        }
        setPending(descriptor.id(), PendingOperation.INSTALL);
        LOG.info("plugin {} {} staged (SHA-256 {}); installed at the next start", descriptor.id(),
                descriptor.version(), archive.sha256());
        return find(descriptor.id()).orElseThrow();
    }

    public synchronized void disable(String id) throws PluginRefusal {
        requireInstalled(id);
        setPending(id, PendingOperation.DISABLE);
    }

    /** Enabling also clears a failure: the plugin gets another start. */
    public synchronized void enable(String id) throws PluginRefusal {
        requireInstalled(id);
        setPending(id, PendingOperation.ENABLE);
    }

    public synchronized void uninstall(String id, boolean removeData) throws PluginRefusal {
        if (descriptorOf(pluginsDir.resolve(id)).isEmpty() && descriptorOf(pluginsDir.resolve(STAGED).resolve(id))
                .isEmpty()) {
            throw new PluginRefusal(PluginRefusal.Reason.NOT_INSTALLED, id);
        }
        setPending(id, removeData ? PendingOperation.UNINSTALL_REMOVE_DATA : PendingOperation.UNINSTALL);
    }

    /** Records why a plugin failed at start; the launcher then leaves it off the class path. */
    public synchronized void markFailed(String id, String cause) {
        try {
            Files.writeString(pluginsDir.resolve(id).resolve(FAILED), cause + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark plugin " + id + " as failed", e);
        }
    }

    /** Is this JAR (or class directory) part of an installed plugin? Then its id. */
    public Optional<String> pluginOwning(Path location) {
        Path normalized = location.toAbsolutePath().normalize();
        if (!normalized.startsWith(pluginsDir) || normalized.getNameCount() <= pluginsDir.getNameCount()) {
            return Optional.empty();
        }
        String id = normalized.getName(pluginsDir.getNameCount()).toString();
        return id.startsWith(".") ? Optional.empty() : Optional.of(id);
    }

    /**
     * Carries out every pending operation, in the order they were staged. Runs before the host starts, so no
     * plugin JAR is in use. An operation that fails stays pending and is logged; the others go ahead.
     *
     * @param data removes a plugin's tables and data directory (for uninstall with data removal)
     * @return what was done, one line per operation, for the launcher's output
     */
    public synchronized List<String> applyPending(PluginData data) {
        List<String> done = new ArrayList<>();
        Map<String, PendingOperation> pending = readPending();
        for (Map.Entry<String, PendingOperation> op : new LinkedHashMap<>(pending).entrySet()) {
            String id = op.getKey();
            try {
                apply(id, op.getValue(), data);
                pending.remove(id);
                writePending(pending);
                done.add(op.getValue().word() + " " + id);
                LOG.info("plugin {}: {} applied", id, op.getValue().word());
            } catch (IOException | RuntimeException e) {
                LOG.error("plugin {}: {} failed and stays pending", id, op.getValue().word(), e);
                done.add(op.getValue().word() + " " + id + " FAILED: " + e.getMessage());
            }
        }
        return done;
    }

    private void apply(String id, PendingOperation operation, PluginData data) throws IOException {
        Path active = pluginsDir.resolve(id);
        Path staged = pluginsDir.resolve(STAGED).resolve(id);
        switch (operation) {
            case INSTALL -> {
                if (!Files.isDirectory(staged)) {
                    throw new IOException("nothing staged for " + id);
                }
                // Markers live in the install directory: a new version starts enabled and not failed.
                Path old = pluginsDir.resolve(STAGED).resolve(".replaced-" + id);
                deleteTree(old);
                if (Files.exists(active)) {
                    move(active, old);
                }
                move(staged, active);
                deleteTree(old);
            }
            case DISABLE -> Files.writeString(active.resolve(DISABLED), "disabled by an admin\n");
            case ENABLE -> {
                Files.deleteIfExists(active.resolve(DISABLED));
                Files.deleteIfExists(active.resolve(FAILED));
            }
            case UNINSTALL -> {
                deleteTree(active);
                deleteTree(staged);
            }
            case UNINSTALL_REMOVE_DATA -> {
                Optional<PluginDescriptor> descriptor = descriptorOf(active).or(() -> descriptorOf(staged));
                if (descriptor.isPresent()) {
                    data.remove(descriptor.get());
                }
                deleteTree(active);
                deleteTree(staged);
            }
        }
    }

    private void requireInstalled(String id) throws PluginRefusal {
        if (descriptorOf(pluginsDir.resolve(id)).isEmpty()) {
            throw new PluginRefusal(PluginRefusal.Reason.NOT_INSTALLED, id);
        }
    }

    private void setPending(String id, PendingOperation operation) {
        Map<String, PendingOperation> pending = readPending();
        // A later operation replaces an earlier one, except that enabling keeps a waiting new version (which
        // starts enabled anyway); anything else cancels it.
        PendingOperation earlier = pending.remove(id);
        if (earlier == PendingOperation.INSTALL && operation == PendingOperation.ENABLE) {
            pending.put(id, PendingOperation.INSTALL);
        } else {
            pending.put(id, operation);
            if (earlier == PendingOperation.INSTALL && operation == PendingOperation.DISABLE) {
                deleteQuietly(pluginsDir.resolve(STAGED).resolve(id));
            }
        }
        writePending(pending);
    }

    private Map<String, PendingOperation> readPending() {
        Path file = pluginsDir.resolve(PENDING);
        Map<String, PendingOperation> pending = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return pending;
        }
        try {
            // Lines in order, so operations apply in the order they were staged.
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (line.isBlank() || line.startsWith("#") || eq < 0) {
                    continue;
                }
                String id = line.substring(0, eq).trim();
                PendingOperation.ofWord(line.substring(eq + 1).trim()).ifPresent(op -> pending.put(id, op));
            }
            return pending;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private void writePending(Map<String, PendingOperation> pending) {
        Path file = pluginsDir.resolve(PENDING);
        try {
            if (pending.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            StringBuilder text = new StringBuilder("# Plugin operations for the next start (applied by bin/host).\n");
            pending.forEach((id, op) -> text.append(id).append('=').append(op.word()).append('\n'));
            Files.createDirectories(pluginsDir);
            Path temp = Files.createTempFile(pluginsDir, ".pending", ".tmp");
            Files.writeString(temp, text);
            move(temp, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static Optional<PluginDescriptor> descriptorOf(Path dir) {
        if (!Files.isRegularFile(dir.resolve(PluginDescriptor.FILE_NAME))) {
            return Optional.empty();
        }
        try {
            return Optional.of(PluginDescriptor.read(dir));
        } catch (PluginRefusal | IOException e) {
            LOG.warn("ignoring {}: its descriptor cannot be read ({})", dir, e.toString());
            return Optional.empty();
        }
    }

    private static Optional<String> readText(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.of("(" + file.getFileName() + " cannot be read)");
        }
    }

    private static List<Path> directories(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir,
                p -> Files.isDirectory(p) && !p.getFileName().toString().startsWith("."))) {
            entries.forEach(found::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return found;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void deleteQuietly(Path root) {
        try {
            deleteTree(root);
        } catch (IOException e) {
            LOG.warn("cannot delete {}", root, e);
        }
    }
}
