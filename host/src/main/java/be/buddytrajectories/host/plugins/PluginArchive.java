package be.buddytrajectories.host.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * An uploaded plugin archive, checked before anything is written: a zip within the size limit, every entry
 * readable (CRC checked) and inside the archive, every {@code lib/*.jar} itself a readable zip, and a valid
 * descriptor at the top. Checking never writes to disk.
 */
final class PluginArchive {

    // Unpacked content may be larger than the archive, but not without bound (a zip bomb).
    private static final int MAX_EXPANSION = 4;

    private final Path file;
    private final PluginDescriptor descriptor;
    private final String sha256;

    private PluginArchive(Path file, PluginDescriptor descriptor, String sha256) {
        this.file = file;
        this.descriptor = descriptor;
        this.sha256 = sha256;
    }

    static PluginArchive inspect(Path file, long maxBytes) throws PluginRefusal, IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new PluginRefusal(PluginRefusal.Reason.TOO_LARGE, megabytes(size), megabytes(maxBytes));
        }
        String sha256 = sha256(file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            PluginDescriptor descriptor = null;
            boolean hasLibraries = false;
            long limit = maxBytes * MAX_EXPANSION;
            long unpacked = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!isSafe(name)) {
                    throw new PluginRefusal(PluginRefusal.Reason.UNSAFE_PATH, name);
                }
                if (entry.isDirectory()) {
                    continue;
                }
                // Streamed, never held whole: the limit counts bytes as they are inflated, whatever the entry's
                // header claims, so a small archive that expands to gigabytes is refused after the limit.
                try (BoundedInputStream content = new BoundedInputStream(zip.getInputStream(entry), limit - unpacked)) {
                    if (name.equals(PluginDescriptor.FILE_NAME)) {
                        descriptor = PluginDescriptor.read(content);
                    } else if (name.startsWith("lib/") && name.endsWith(".jar")) {
                        checkJar(name, content);
                        hasLibraries = true;
                    }
                    content.transferTo(OutputStream.nullOutputStream());
                    unpacked += content.count();
                } catch (BoundedInputStream.LimitExceeded e) {
                    throw new PluginRefusal(PluginRefusal.Reason.EXPANDS_TOO_MUCH, megabytes(limit));
                } catch (IOException e) {
                    throw new PluginRefusal(PluginRefusal.Reason.CORRUPT, name);
                }
            }
            if (descriptor == null) {
                throw new PluginRefusal(PluginRefusal.Reason.NO_DESCRIPTOR);
            }
            if (!hasLibraries) {
                throw new PluginRefusal(PluginRefusal.Reason.NO_LIBRARIES);
            }
            return new PluginArchive(file, descriptor, sha256);
        } catch (ZipException e) {
            throw new PluginRefusal(PluginRefusal.Reason.NOT_AN_ARCHIVE);
        }
    }

    PluginDescriptor descriptor() {
        return descriptor;
    }

    String sha256() {
        return sha256;
    }

    /** Unpacks into {@code directory}, which must not exist yet. */
    void extractTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                Path target = directory.resolve(entry.getName()).normalize();
                if (!target.startsWith(directory)) {
                    throw new IOException("entry outside the archive: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
                        in.transferTo(out);
                    }
                }
            }
        }
    }

    /** Relative, no {@code ..}, no backslash or drive letter: an entry that cannot land outside the directory. */
    private static boolean isSafe(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.indexOf('\0') >= 0) {
            return false;
        }
        List<String> parts = new ArrayList<>(List.of(name.split("/")));
        return parts.stream().noneMatch(p -> p.equals("..") || p.equals("."));
    }

    /** A readable zip with at least one entry; the stream is the archive's entry, read once. */
    private static void checkJar(String name, InputStream content)
            throws PluginRefusal, BoundedInputStream.LimitExceeded {
        try {
            ZipInputStream jar = new ZipInputStream(content);
            int entries = 0;
            for (ZipEntry e = jar.getNextEntry(); e != null; e = jar.getNextEntry()) {
                jar.transferTo(OutputStream.nullOutputStream());
                entries++;
            }
            if (entries == 0) {
                throw new PluginRefusal(PluginRefusal.Reason.CORRUPT, name);
            }
        } catch (BoundedInputStream.LimitExceeded e) {
            throw e;
        } catch (IOException e) {
            throw new PluginRefusal(PluginRefusal.Reason.CORRUPT, name);
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
