package be.buddytrajectories.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a workload's time goes, from Java Flight Recorder's execution samples of the thread that runs it: each sample
 * is charged to the innermost plugin method on its stack (Lucene's and the JDK's work is charged to the plugin method
 * that called it), so the shares name the plugin's steps.
 *
 * @param samples execution samples taken on the workload's thread
 * @param shares plugin method → share of the samples, largest first
 */
record TimeProfile(int samples, List<Share> shares) {

    private static final String PLUGIN_PACKAGE = "be.buddytrajectories.search.";
    private static final String OUTSIDE = "outside the plugin's code";
    private static final Duration SAMPLE_PERIOD = Duration.ofMillis(1);

    record Share(String method, double fraction) {
    }

    @FunctionalInterface
    interface Workload {
        void run() throws IOException;
    }

    /** Runs {@code workload} on this thread with execution sampling every millisecond. */
    static TimeProfile of(Workload workload) throws IOException {
        Path file = Files.createTempFile("buddy-bench-profile", ".jfr");
        try {
            try (Recording recording = new Recording()) {
                recording.enable("jdk.ExecutionSample").withPeriod(SAMPLE_PERIOD).withStackTrace();
                recording.start();
                workload.run();
                recording.stop();
                recording.dump(file);
            }
            return charged(RecordingFile.readAllEvents(file), Thread.currentThread().getName());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static TimeProfile charged(List<RecordedEvent> events, String thread) {
        Map<String, Integer> counts = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : events) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")
                    || event.getThread("sampledThread") == null
                    || !thread.equals(event.getThread("sampledThread").getJavaName())
                    || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            counts.merge(pluginMethod(event.getStackTrace().getFrames()), 1, Integer::sum);
        }
        int total = samples;
        List<Share> shares = counts.entrySet().stream()
                .map(count -> new Share(count.getKey(), total == 0 ? 0 : (double) count.getValue() / total))
                .sorted(Comparator.comparingDouble(Share::fraction).reversed()).toList();
        return new TimeProfile(samples, shares);
    }

    /** The innermost frame in the plugin's search code, as {@code Class.method} (nested classes and lambdas named). */
    private static String pluginMethod(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (type.startsWith(PLUGIN_PACKAGE)) {
                String method = frame.getMethod().getName();
                String simpleType = type.substring(type.lastIndexOf('.') + 1).replace('$', '.');
                return simpleType + "." + (method.startsWith("lambda$") ? method.split("\\$")[1] + " (lambda)" : method);
            }
        }
        return OUTSIDE;
    }
}
