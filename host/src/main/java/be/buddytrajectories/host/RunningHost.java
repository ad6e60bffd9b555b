package be.buddytrajectories.host;

import com.zaxxer.hikari.HikariDataSource;
import org.eclipse.jetty.server.Server;

/** A started host: its port, and how to stop it. */
public final class RunningHost implements AutoCloseable {

    private final Server server;
    private final HikariDataSource dataSource;
    private final int port;

    RunningHost(Server server, HikariDataSource dataSource, int port) {
        this.server = server;
        this.dataSource = dataSource;
        this.port = port;
    }

    public int port() {
        return port;
    }

    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops serving, then closes the database pool. */
    public void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop cleanly", e);
        } finally {
            dataSource.close();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
