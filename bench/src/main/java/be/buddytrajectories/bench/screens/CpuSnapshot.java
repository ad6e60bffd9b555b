package be.buddytrajectories.bench.screens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds used so far by the whole machine, by this JVM and by the local MariaDB server, from Linux's
 * {@code /proc} (in clock ticks of 1/100 s): the difference of two snapshots tells how much other processes
 * competed with the measurement for the cores. NaN where {@code /proc} cannot be read.
 */
record CpuSnapshot(double machine, double jvm, double database) {

    private static final double TICKS_PER_SECOND = 100;

    static CpuSnapshot now() {
        return new CpuSnapshot(machineBusy(), processSeconds(Path.of("/proc/self/stat")), databaseSeconds());
    }

    /** CPU seconds used between this snapshot and {@code later} by processes other than this JVM and MariaDB. */
    double othersUntil(CpuSnapshot later) {
        return later.machine - machine - (later.jvm - jvm) - (later.database - database);
    }

    private static double machineBusy() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/stat"))) {
            String[] cpu = lines.findFirst().orElseThrow().trim().split("\\s+");
            long busy = 0;
            // user nice system idle iowait irq softirq steal: all but idle and iowait
            for (int i = 1; i <= 8 && i < cpu.length; i++) {
                busy += i == 4 || i == 5 ? 0 : Long.parseLong(cpu[i]);
            }
            return busy / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static double databaseSeconds() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(CpuSnapshot::isDatabase).findFirst()
                    .map(p -> processSeconds(p.resolve("stat"))).orElse(0.0);
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    private static boolean isDatabase(Path process) {
        try {
            String name = Files.readString(process.resolve("comm")).trim();
            return name.equals("mariadbd") || name.equals("mysqld");
        } catch (IOException e) {
            return false;
        }
    }

    /** utime + stime of a process, fields 14 and 15 of its stat line (after the command in parentheses). */
    private static double processSeconds(Path stat) {
        try {
            String line = Files.readString(stat);
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
