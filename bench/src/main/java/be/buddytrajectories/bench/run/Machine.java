package be.buddytrajectories.bench.run;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the figures were measured on, and how busy the machine was (public for {@code bench.screens} too). */
public record Machine(int cores, String cpu, long memoryBytes, String os, String jvm, String maxHeap) {

    public static Machine current() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new Machine(Runtime.getRuntime().availableProcessors(), cpuModel(), os.getTotalMemorySize(),
                osName(), System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                String.format(Locale.ROOT, "%.0f MB", Runtime.getRuntime().maxMemory() / 1048576.0));
    }

    /** CPU time this JVM has used so far, all threads. */
    public static double processCpuSeconds() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getProcessCpuTime() / 1e9;
    }

    /** The 1, 5 and 15 minute load averages, as {@code uptime} prints them. */
    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f (1 min)",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String cpuModel() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String osName() {
        String name = System.getProperty("os.name") + " " + System.getProperty("os.version");
        try (var lines = Files.lines(Path.of("/etc/os-release"))) {
            return lines.filter(l -> l.startsWith("PRETTY_NAME=")).map(l -> l.substring(12).replace("\"", ""))
                    .findFirst().map(pretty -> pretty + ", " + name).orElse(name);
        } catch (IOException e) {
            return name;
        }
    }
}
