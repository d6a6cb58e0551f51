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
                    || (cause instanceof SQLException sql && unavailable(sql.getSQLState()))) {
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

    public static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
