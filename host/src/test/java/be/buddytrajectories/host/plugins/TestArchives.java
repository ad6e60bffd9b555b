package be.buddytrajectories.host.plugins;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Plugin archives and JARs built in tests with java.util.zip: good ones, bad ones, and rewrites of the real one. */
public final class TestArchives {

    private TestArchives() {
    }

    public static String descriptor(String id, String version, String requires) {
        return "id=" + id + "\nname=Test plugin " + id + "\nversion=" + version + "\nrequires=" + requires
                + "\nprovider=Tests\nlicense=EUPL-1.2\npermissions=test.use\n";
    }

    /** A valid archive: the descriptor and one small JAR. */
    public static Path plugin(Path dir, String id, String version) {
        return zip(dir.resolve(id + "-" + version + ".zip"), entries(
                "plugin.properties", descriptor(id, version, "[1.0.0,2.0.0)").getBytes(StandardCharsets.UTF_8),
                "lib/" + id + ".jar", jar(Map.of("META-INF/beans.xml", "<beans/>".getBytes(StandardCharsets.UTF_8)))));
    }

    /** The plugin archive this build made, as an admin downloads it. */
    static Path realArchive() {
        return Path.of(System.getProperty("plugin.archive", "target/plugin-archive/buddy-trajectories.zip"));
    }

    /**
     * The real archive with {@code version} and a buddy-core JAR whose master changelog also includes a release that
     * creates {@code buddy_upgrade_probe}: an upgrade with a schema change, written into {@code dir}.
     */
    static Path upgradeWithProbeTable(String version, Path dir) {
        Map<String, byte[]> entries = read(realArchive());
        entries.put("plugin.properties", descriptorWith(entries, p -> {
            p.setProperty("version", version);
            return p;
        }));
        String core = entries.keySet().stream().filter(n -> n.matches("lib/buddy-core-.*\\.jar")).findFirst()
                .orElseThrow();
        Map<String, byte[]> jar = readJar(entries.get(core));
        String master = new String(jar.get("db/buddy/changelog-master.xml"), StandardCharsets.UTF_8);
        jar.put("db/buddy/changelog-master.xml", master.replace("</databaseChangeLog>",
                "  <include file=\"releases/9.9.9.xml\" relativeToChangelogFile=\"true\"/>\n</databaseChangeLog>")
                .getBytes(StandardCharsets.UTF_8));
        jar.put("db/buddy/releases/9.9.9.xml", ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                                   xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                                   xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog https://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd"
                                   logicalFilePath="buddy-trajectories/9.9.9.xml">
                  <changeSet id="upgrade-probe" author="test-archives">
                    <createTable tableName="buddy_upgrade_probe">
                      <column name="id" type="bigint"><constraints primaryKey="true" nullable="false"/></column>
                    </createTable>
                  </changeSet>
                </databaseChangeLog>
                """).getBytes(StandardCharsets.UTF_8));
        entries.put(core, jar(jar));
        return zip(dir.resolve("buddy-trajectories-" + version + ".zip"), entries);
    }

    public static Map<String, byte[]> entries(Object... nameThenContent) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < nameThenContent.length; i += 2) {
            entries.put((String) nameThenContent[i], (byte[]) nameThenContent[i + 1]);
        }
        return entries;
    }

    public static byte[] jar(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(bytes, entries);
        return bytes.toByteArray();
    }

    public static Path zip(Path file, Map<String, byte[]> entries) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, entries);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every entry of a zip (or JAR), in order. */
    public static Map<String, byte[]> read(Path zipFile) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (!entry.isDirectory()) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        entries.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, byte[]> readJar(byte[] jar) {
        try {
            Path temp = Files.createTempFile("jar", ".jar");
            try {
                Files.write(temp, jar);
                return read(temp);
            } finally {
                Files.delete(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The descriptor of an archive's entries, changed by {@code change}. */
    public static byte[] descriptorWith(Map<String, byte[]> entries, UnaryOperator<Properties> change) {
        try {
            Properties p = new Properties();
            p.load(new StringReader(new String(entries.get("plugin.properties"), StandardCharsets.UTF_8)));
            StringWriter text = new StringWriter();
            change.apply(p).store(text, null);
            return text.toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(OutputStream out, Map<String, byte[]> entries) {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
