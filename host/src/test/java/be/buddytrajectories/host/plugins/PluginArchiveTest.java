package be.buddytrajectories.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.management.ThreadMXBean;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginArchiveTest {

    private static final long ONE_GB = 1L << 30;
    private static final long LIMIT = 100L << 20;

    @TempDir
    Path dir;

    @Test
    void anArchiveWithAnEntryThatExpandsToOneGigabyteIsRefusedWithoutHoldingItInMemory() throws Exception {
        Path bomb = dir.resolve("bomb.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("plugin.properties"));
            zip.write(TestArchives.descriptor("bomb", "1.0.0", "[1.0.0,2.0.0)").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("data/zeros.bin"));
            writeZeros(zip, ONE_GB);
        }
        assertThat(Files.size(bomb)).as("the archive itself is small").isLessThan(LIMIT);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();

        PluginRefusal refused = catchThrowableOfType(PluginRefusal.class, () -> PluginArchive.inspect(bomb, LIMIT));

        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        assertThat(refused.reason()).isEqualTo(PluginRefusal.Reason.EXPANDS_TOO_MUCH);
        assertThat(refused.message((key, args) -> key + " " + args[0])).isEqualTo(
                "host.plugins.refused.EXPANDS_TOO_MUCH 400.0");
        assertThat(allocated).as("bytes allocated while checking").isLessThan(16L << 20);
    }

    @Test
    void aValidArchiveStillPasses() throws Exception {
        Path plugin = TestArchives.plugin(dir, "notes", "1.2.0");

        PluginArchive archive = PluginArchive.inspect(plugin, LIMIT);

        assertThat(archive.descriptor().id()).isEqualTo("notes");
        assertThat(archive.sha256()).isEqualTo(PluginArchive.sha256(plugin));
    }

    @Test
    void anEntryThatIsNoZipWhereAJarShouldBeIsRefusedAsDamaged() throws Exception {
        Path broken = TestArchives.zip(dir.resolve("broken.zip"), TestArchives.entries(
                "plugin.properties", TestArchives.descriptor("broken", "1.0.0", "[1.0.0,2.0.0)")
                        .getBytes(StandardCharsets.UTF_8),
                "lib/broken.jar", "not a jar".getBytes(StandardCharsets.UTF_8)));

        PluginRefusal refused = catchThrowableOfType(PluginRefusal.class, () -> PluginArchive.inspect(broken, LIMIT));

        assertThat(refused.reason()).isEqualTo(PluginRefusal.Reason.CORRUPT);
        assertThat(Map.of("args", refused.message((key, args) -> String.valueOf(args[0]))))
                .containsEntry("args", "lib/broken.jar");
    }

    private static void writeZeros(OutputStream out, long bytes) throws Exception {
        byte[] block = new byte[1 << 20];
        for (long written = 0; written < bytes; written += block.length) {
            out.write(block);
        }
    }
}
