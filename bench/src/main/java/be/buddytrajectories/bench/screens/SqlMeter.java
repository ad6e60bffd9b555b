package be.buddytrajectories.bench.screens;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The SQL a screen runs: wraps the site's data source (the plugin's tables and the CiviCRM directory share it, as
 * on a host with {@code host.people=civicrm}) and, while a measurement is open, counts the statements the
 * measuring thread executes and the time spent in them, by the start of their SQL text. Other threads (the
 * indexer polling its outbox) are not counted, unless a measurement counts every thread (the import, whose rows
 * are written by a background thread).
 */
final class SqlMeter {

    private static final Set<String> PREPARES = Set.of("prepareStatement", "prepareCall");
    private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");
    private static final int SHAPE_LENGTH = 80;

    private volatile Thread measured;
    private volatile boolean allThreads;
    private volatile Sample current;

    DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection c && method.getName().equals("getConnection")
                            ? connection(c) : result;
                });
    }

    /** Starts counting the statements of the calling thread. */
    void start() {
        current = new Sample();
        measured = Thread.currentThread();
    }

    /** Starts counting the statements of every thread. */
    void startAllThreads() {
        current = new Sample();
        allThreads = true;
    }

    /** Stops counting and returns what was counted since the start. */
    Sample stop() {
        measured = null;
        allThreads = false;
        return current;
    }

    private Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (result instanceof Statement statement && method.getReturnType().isInterface()
                            && (PREPARES.contains(method.getName()) || method.getName().equals("createStatement"))) {
                        String sql = PREPARES.contains(method.getName()) ? (String) args[0] : null;
                        return statement(statement, method.getReturnType(), sql);
                    }
                    return result;
                });
    }

    private Object statement(Statement target, Class<?> type, String preparedSql) {
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    if (!EXECUTES.contains(method.getName())
                            || !allThreads && measured != Thread.currentThread()) {
                        return invoke(target, method, args);
                    }
                    String sql = args != null && args.length > 0 && args[0] instanceof String text ? text
                            : preparedSql;
                    long t0 = System.nanoTime();
                    try {
                        return invoke(target, method, args);
                    } finally {
                        current.add(sql == null ? "(batch)" : sql, System.nanoTime() - t0);
                    }
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Statements executed during one measurement: their number and time, in all and by shape. */
    static final class Sample {

        private final Map<String, long[]> byShape = new HashMap<>();
        private long statements;
        private long nanos;
        private long civiCrmNanos;

        private synchronized void add(String sql, long duration) {
            String shape = sql.replaceAll("\\s+", " ").strip();
            shape = shape.substring(0, Math.min(SHAPE_LENGTH, shape.length()));
            long[] counts = byShape.computeIfAbsent(shape, k -> new long[2]);
            counts[0]++;
            counts[1] += duration;
            statements++;
            nanos += duration;
            if (sql.contains("civicrm_")) {
                civiCrmNanos += duration;
            }
        }

        long statements() {
            return statements;
        }

        long nanos() {
            return nanos;
        }

        /** Time in statements that read or write CiviCRM's tables (the people directory). */
        long civiCrmNanos() {
            return civiCrmNanos;
        }

        /** Count and nanoseconds by the start of the SQL text. */
        Map<String, long[]> byShape() {
            return byShape;
        }
    }
}
