package be.buddytrajectories.bench.run;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Counts the SQL statements the plugin prepares, so that the report can say how many queries a rebuild costs
 * per profile. Wraps the host's data source; everything else passes through.
 */
final class StatementCounter {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

    private static final int SHAPE_LENGTH = 70;

    private final AtomicLong statements = new AtomicLong();
    private final Map<String, AtomicLong> byShape = new ConcurrentHashMap<>();

    long count() {
        return statements.get();
    }

    /** Statements counted so far by the start of their SQL text (their "shape"). */
    Map<String, Long> byShape() {
        Map<String, Long> counts = new TreeMap<>();
        byShape.forEach((shape, count) -> counts.put(shape, count.get()));
        return counts;
    }

    void reset() {
        statements.set(0);
        byShape.clear();
    }

    DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection c && method.getName().equals("getConnection") ? wrap(c)
                            : result;
                });
    }

    private Connection wrap(Connection target) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (STATEMENTS.contains(method.getName())) {
                        statements.incrementAndGet();
                        String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : "(batch)";
                        String shape = sql.replaceAll("\\s+", " ").strip();
                        byShape.computeIfAbsent(shape.substring(0, Math.min(SHAPE_LENGTH, shape.length())),
                                k -> new AtomicLong()).incrementAndGet();
                    }
                    return invoke(target, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
