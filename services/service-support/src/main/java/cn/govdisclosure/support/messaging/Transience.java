package cn.govdisclosure.support.messaging;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import org.apache.kafka.common.errors.RetriableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure of the infrastructure (database or broker unreachable, restarting, overloaded), which passes,
 * from a failure of the message itself, which does not.
 */
public final class Transience {

    private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

    private Transience() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException || cause instanceof SQLTransientException
                    // a commit or rollback the JDBC connection could not carry out: the connection broke
                    || cause instanceof TransactionSystemException
                    || cause instanceof RetriableException || cause instanceof ConnectException
                    || cause instanceof MessageSender.MessageNotSentException
                    || (cause instanceof SQLException sql
                        && (unavailable(sql.getSQLState()) || closedByPool(sql)))) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE classes 08 (connection exception), 53 (insufficient resources), 57P (server shutting down). */
    private static boolean unavailable(String sqlState) {
        return sqlState != null
                && (sqlState.startsWith("08") || sqlState.startsWith("53") || sqlState.startsWith("57P"));
    }

    /**
     * HikariCP's answer to any use of a pooled connection it has found broken (an SQLSTATE of class 08 or 57P01 on an
     * earlier statement; it then swaps the connection for a closed one), which carries no SQLSTATE of its own. Axon
     * meets it when its unit of work goes on with the connection after the database went away.
     */
    private static boolean closedByPool(SQLException failure) {
        return failure.getSQLState() == null && HIKARI_CLOSED_CONNECTION.equals(failure.getMessage());
    }

    public static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
