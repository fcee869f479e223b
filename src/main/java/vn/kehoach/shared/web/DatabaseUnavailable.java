package vn.kehoach.shared.web;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure to reach the database (stopped, restarting, the network between) from a bug: the first is answered
 * "try again" (503) with the user's input kept, the second is a 500. Whatever the layer that noticed it (a transaction
 * that could not begin, a statement or a commit whose connection broke), the cause chain ends in one of these.
 */
public final class DatabaseUnavailable {

    /**
     * SQLSTATE classes and codes of a lost or refused connection: 08 connection exception; 57P01-57P03 the server
     * shutting down, crashed, or not yet accepting connections (recovery after a restart).
     */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailable() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            // A rollback fails only when the connection is gone (the server died under the statement); that failure
            // replaces the statement's own, which said so.
            if (t.getClass().getName().equals("org.hibernate.TransactionException") && t.getMessage() != null
                    && t.getMessage().startsWith("Unable to rollback")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
