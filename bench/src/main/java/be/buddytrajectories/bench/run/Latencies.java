package be.buddytrajectories.bench.run;

import java.util.Arrays;

/**
 * Wall-clock durations of repeated operations, with nearest-rank percentiles in milliseconds. Public for the
 * screens benchmark ({@code bench.screens}).
 */
public final class Latencies {

    private long[] nanos = new long[1024];
    private int count;

    public void add(long durationNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = durationNanos;
    }

    public int count() {
        return count;
    }

    public double p50() {
        return percentile(50);
    }

    public double p95() {
        return percentile(95);
    }

    public double p99() {
        return percentile(99);
    }

    public double max() {
        return percentile(100);
    }

    public double mean() {
        return count == 0 ? Double.NaN : Arrays.stream(nanos, 0, count).average().orElseThrow() / 1e6;
    }

    private double percentile(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * count);
        return sorted[Math.max(0, Math.min(count, rank) - 1)] / 1e6;
    }
}
