package be.buddytrajectories.bench.screens;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A sampling profiler of the thread that renders the screens, for the rounds that are profiled (not the measured
 * ones, so that sampling does not slow what is timed): every millisecond it takes that thread's stack and counts
 * where it is, as the plugin's innermost method and the library running at the top of the stack (the MariaDB
 * driver waiting for a result, Hibernate, Lucene, Vaadin, …). Stacks are taken at safepoints, so short methods
 * between them are under-counted; shares of a few percent are noise.
 */
final class StackSampler implements AutoCloseable {

    private static final long INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final String PLUGIN = "be.buddytrajectories.";
    private static final String BENCH = "be.buddytrajectories.bench.";
    private static final List<String[]> LIBRARIES = List.of(new String[] {"org.mariadb.", "MariaDB driver"},
            new String[] {"com.zaxxer.hikari.", "connection pool"}, new String[] {"org.hibernate.", "Hibernate"},
            new String[] {"org.apache.lucene.", "Lucene"}, new String[] {"com.vaadin.", "Vaadin"},
            new String[] {"org.jboss.weld.", "Weld"}, new String[] {"com.github.mvysny.", "Karibu"},
            new String[] {PLUGIN, "plugin code"});

    private final Thread target;
    private final Thread sampler;
    private volatile Timing current;
    private volatile boolean running = true;

    StackSampler(Thread target) {
        this.target = target;
        this.sampler = new Thread(this::loop, "bench-stack-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Samples the target thread for {@code timing} until {@link #end()}. */
    void begin(Timing timing) {
        current = timing;
    }

    void end() {
        current = null;
    }

    private void loop() {
        while (running) {
            Timing timing = current;
            if (timing != null) {
                StackTraceElement[] stack = target.getStackTrace();
                if (current == timing && stack.length > 0) {
                    timing.sample(where(stack));
                }
            }
            LockSupport.parkNanos(INTERVAL_NANOS);
        }
    }

    /** "innermost plugin method — library at the top of the stack". */
    static String where(StackTraceElement[] stack) {
        String method = null;
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith(PLUGIN) && !frame.getClassName().startsWith(BENCH)) {
                String name = frame.getClassName();
                // A lambda's generated class is named after the class that wrote it.
                String type = name.substring(name.lastIndexOf('.') + 1).replaceAll("\\$\\$Lambda.*", "");
                method = type + "." + frame.getMethodName();
                break;
            }
        }
        return (method == null ? "(no plugin method)" : method) + " — " + library(stack);
    }

    private static String library(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            for (String[] library : LIBRARIES) {
                if (frame.getClassName().startsWith(library[0]) && !frame.getClassName().startsWith(BENCH)) {
                    return library[1];
                }
            }
        }
        return "JDK";
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
    }
}
