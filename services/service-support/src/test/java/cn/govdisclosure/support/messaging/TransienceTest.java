package cn.govdisclosure.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.govdisclosure.kernel.messaging.UnreadableMessageException;
import java.lang.reflect.Field;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

class TransienceTest {

    @Test
    void anUnreachableOrRestartingDatabaseIsTransient() {
        assertThat(Transience.isTransient(new IllegalStateException("command failed",
                new SQLException("Connection refused", "08001")))).isTrue();
        assertThat(Transience.isTransient(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(Transience.isTransient(new CannotCreateTransactionException("no connection"))).isTrue();
        assertThat(Transience.isTransient(new CannotGetJdbcConnectionException("pool exhausted"))).isTrue();
        // seen when PostgreSQL was killed under a request: the rollback found its connection closed
        assertThat(Transience.isTransient(new org.springframework.transaction.TransactionSystemException(
                "JDBC rollback failed", new SQLException("Connection is closed")))).isTrue();
    }

    /**
     * The failure the long fault-injection run answered with 500: after PostgreSQL went away under a request, HikariCP
     * had swapped the broken connection for its closed stand-in, and Axon's next statement in the same unit of work
     * failed with {@code JdbcException: Failed to create a SQL statement} caused by this, without an SQLSTATE.
     */
    @Test
    void aPooledConnectionHikariFoundBrokenIsTransient() throws Exception {
        Field closed = Class.forName("com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection")
                .getDeclaredField("CLOSED_CONNECTION");
        closed.setAccessible(true);
        Connection connection = (Connection) closed.get(null);

        SQLException failure = catchThrowableOfType(SQLException.class,
                () -> connection.prepareStatement("SELECT 1"));

        assertThat((Throwable) failure).hasMessage("Connection is closed");
        assertThat(failure.getSQLState()).isNull();
        assertThat(Transience.isTransient(new IllegalStateException("Failed to create a SQL statement", failure)))
                .isTrue();
        assertThat(Transience.isTransient(new SQLException("Connection is closed", "42000"))).isFalse();
    }

    @Test
    void anUnreachableBrokerIsTransient() {
        assertThat(Transience.isTransient(new RuntimeException(new ConnectException("refused")))).isTrue();
        assertThat(Transience.isTransient(new org.apache.kafka.common.errors.TimeoutException("no ack"))).isTrue();
    }

    @Test
    void aFailureOfTheMessageItselfIsNot() {
        assertThat(Transience.isTransient(new UnreadableMessageException("garbage"))).isFalse();
        assertThat(Transience.isTransient(new IllegalArgumentException("unknown report"))).isFalse();
        assertThat(Transience.isTransient(new SQLException("duplicate key", "23505"))).isFalse();
    }
}
