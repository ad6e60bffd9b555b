package be.buddytrajectories.bench.screens;

import be.buddytrajectories.bench.run.Latencies;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The measured runs of one screen action: wall time, the SQL it ran, and the size of what it showed. */
final class Timing {

    final String screen;
    final String action;
    final String resultLabel;
    /** Whether the screen target applies: false for a request no browser makes. */
    final boolean judged;
    final Latencies wall = new Latencies();
    private final Map<String, long[]> shapes = new HashMap<>();
    private final List<Integer> results = new ArrayList<>();
    private final Map<String, Integer> samples = new HashMap<>();
    private long statements;
    private long sqlNanos;
    private long civiCrmNanos;
    private long cpuNanos;
    private long gcNanos;
    private Breakdown slowest;

    /**
     * @param resultLabel what {@link #result} counts (shown in the report), or null when nothing is counted
     */
    Timing(String screen, String action, String resultLabel, boolean judged) {
        this.screen = screen;
        this.action = action;
        this.resultLabel = resultLabel;
        this.judged = judged;
    }

    /**
     * @param cpu the CPU time of the rendering thread during the request
     * @param gc  the time the JVM spent in garbage collection during the request
     */
    void add(long nanos, SqlMeter.Sample sql, long cpu, long gc) {
        wall.add(nanos);
        statements += sql.statements();
        sqlNanos += sql.nanos();
        civiCrmNanos += sql.civiCrmNanos();
        cpuNanos += cpu;
        gcNanos += gc;
        if (slowest == null || nanos > slowest.wall) {
            slowest = new Breakdown(nanos, sql.nanos(), cpu, gc);
        }
        sql.byShape().forEach((shape, counts) -> {
            long[] total = shapes.computeIfAbsent(shape, k -> new long[2]);
            total[0] += counts[0];
            total[1] += counts[1];
        });
    }

    /** The size of what one measured run showed (suggestions, hits, people). */
    void result(int size) {
        results.add(size);
    }

    double statementsPerRun() {
        return (double) statements / wall.count();
    }

    double sqlMillisPerRun() {
        return sqlNanos / 1e6 / wall.count();
    }

    double civiCrmMillisPerRun() {
        return civiCrmNanos / 1e6 / wall.count();
    }

    double cpuMillisPerRun() {
        return cpuNanos / 1e6 / wall.count();
    }

    double gcMillisPerRun() {
        return gcNanos / 1e6 / wall.count();
    }

    /** The slowest measured request, taken apart. */
    Breakdown slowest() {
        return slowest;
    }

    /** One stack sample of a profiled (not measured) run: see {@link StackSampler#where}. */
    void sample(String where) {
        samples.merge(where, 1, Integer::sum);
    }

    int sampleCount() {
        return samples.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Where the profiled runs spent most samples, with their number. */
    List<Map.Entry<String, Integer>> hottest(int limit) {
        return samples.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit).toList();
    }

    /** "min–max (mean)" of the counted results, or null. */
    String results() {
        if (results.isEmpty()) {
            return null;
        }
        int min = results.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int max = results.stream().mapToInt(Integer::intValue).max().orElseThrow();
        double mean = results.stream().mapToInt(Integer::intValue).average().orElseThrow();
        return min == max ? String.format(Locale.ROOT, "%,d", min)
                : String.format(Locale.ROOT, "%,d–%,d (mean %,.1f)", min, max, mean);
    }

    /** The statements that took most time over all runs: shape, count per run, milliseconds per run. */
    List<Map.Entry<String, long[]>> costliest(int limit) {
        return shapes.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
                .limit(limit).toList();
    }

    /** A request's wall time and the parts of it that are known: SQL, the thread's CPU, garbage collection. */
    record Breakdown(long wall, long sql, long cpu, long gc) {
    }
}
