package be.buddytrajectories.hostsql;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** One JDBC transaction on a connection of its own, for the adapter's writes to a CRM's tables. */
public final class JdbcTransactions {

    private JdbcTransactions() {
    }

    /**
     * Runs {@code work} in one transaction, committed when it returns and rolled back when it throws.
     *
     * @param what what the work does, for the message of a failure ("register a person in the CRM")
     */
    public static <T> T inTransaction(DataSource dataSource, String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot " + what + ": " + e.getMessage(), e);
        }
    }

    /** Work on the transaction's connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }
}
