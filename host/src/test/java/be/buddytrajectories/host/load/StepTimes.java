package be.buddytrajectories.host.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Durations per journey step, in the order the steps first ran; kept by one session, merged at the end. */
final class StepTimes {

    private final Map<String, List<Long>> nanos = new LinkedHashMap<>();

    void record(String step, long elapsedNanos) {
        nanos.computeIfAbsent(step, s -> new ArrayList<>()).add(elapsedNanos);
    }

    synchronized void addAll(StepTimes other) {
        other.nanos.forEach((step, values) -> nanos.computeIfAbsent(step, s -> new ArrayList<>()).addAll(values));
    }

    /** One line per step: count, p50, p95, max in ms. */
    String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-12s %6s %8s %8s %8s%n",
                "step", "count", "p50_ms", "p95_ms", "max_ms"));
        nanos.forEach((step, values) -> {
            long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            out.append(String.format(Locale.ROOT, "%-12s %6d %8.0f %8.0f %8.0f%n", step, sorted.length,
                    percentile(sorted, 50) / 1e6, percentile(sorted, 95) / 1e6, sorted[sorted.length - 1] / 1e6));
        });
        return out.toString();
    }

    /** Nearest rank. */
    private static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
