package be.buddytrajectories.host;

import com.zaxxer.hikari.HikariDataSource;
import org.eclipse.jetty.server.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A started host: its port, how to stop it, and whether an admin asked for a restart. */
public final class RunningHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunningHost.class);
    // Lets the admin's "restart now" request be answered before Jetty stops.
    private static final long RESTART_DELAY_MILLIS = 500;

    private final Server server;
    private final HikariDataSource dataSource;
    private final int port;
    private boolean stopped;
    private volatile boolean restartRequested;

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

    /** Stops the host shortly, in the background, and remembers that it should start again. */
    void requestRestart() {
        restartRequested = true;
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(RESTART_DELAY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LOG.info("restart requested: stopping");
            stop();
        }, "host-restart");
        stopper.start();
    }

    public boolean restartRequested() {
        return restartRequested;
    }

    /** Stops serving, then closes the database pool; a second call does nothing. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
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
