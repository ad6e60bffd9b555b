package be.buddytrajectories.core.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Latencies per operation, kept by one thread and merged at the end, so that recording needs no locks. */
final class Latencies {

    private final Map<String, List<Long>> nanos = new TreeMap<>();
    private final Map<String, Integer> conflicts = new TreeMap<>();
    private final Map<String, Integer> refusals = new TreeMap<>();

    void record(String operation, long elapsedNanos) {
        nanos.computeIfAbsent(operation, o -> new ArrayList<>()).add(elapsedNanos);
    }

    /** An optimistic-lock refusal: the user was told to redo his change. Its latency is recorded too. */
    void conflict(String operation) {
        conflicts.merge(operation, 1, Integer::sum);
    }

    /** A business rule said no (e.g. the buddy's last place was just taken): the user was told why. */
    void refusal(String operation) {
        refusals.merge(operation, 1, Integer::sum);
    }

    void addAll(Latencies other) {
        other.nanos.forEach((operation, values) ->
                nanos.computeIfAbsent(operation, o -> new ArrayList<>()).addAll(values));
        other.conflicts.forEach((operation, count) -> conflicts.merge(operation, count, Integer::sum));
        other.refusals.forEach((operation, count) -> refusals.merge(operation, count, Integer::sum));
    }

    int count(String operation) {
        return nanos.getOrDefault(operation, List.of()).size();
    }

    int conflicts() {
        return conflicts.values().stream().mapToInt(Integer::intValue).sum();
    }

    int refusals() {
        return refusals.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * One line per operation and one for all: count, conflicts, refusals, p50/p95/p99/max in ms, operations per
     * second.
     */
    String table(Duration elapsed) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%-14s %8s %9s %8s %8s %8s %8s %8s %8s%n", "operation", "count", "conflicts", "refused", "p50_ms",
                "p95_ms", "p99_ms", "max_ms", "per_s"));
        List<Long> all = new ArrayList<>();
        nanos.forEach((operation, values) -> {
            out.append(line(operation, values, conflicts.getOrDefault(operation, 0),
                    refusals.getOrDefault(operation, 0), elapsed));
            all.addAll(values);
        });
        out.append(line("all", all, conflicts(), refusals(), elapsed));
        return out.toString();
    }

    /** The p-th percentile in ms, nearest rank. */
    double percentileMillis(String operation, double p) {
        return percentile(sorted(nanos.getOrDefault(operation, List.of())), p) / 1e6;
    }

    private static String line(String operation, List<Long> values, int conflicts, int refusals,
                               Duration elapsed) {
        long[] sorted = sorted(values);
        return String.format(Locale.ROOT, "%-14s %8d %9d %8d %8.1f %8.1f %8.1f %8.1f %8.1f%n", operation,
                sorted.length, conflicts, refusals, percentile(sorted, 50) / 1e6, percentile(sorted, 95) / 1e6,
                percentile(sorted, 99) / 1e6,
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                sorted.length / (elapsed.toNanos() / 1e9));
    }

    private static long[] sorted(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
