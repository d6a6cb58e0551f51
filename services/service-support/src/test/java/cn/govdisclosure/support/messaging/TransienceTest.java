package cn.govdisclosure.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.kernel.messaging.UnreadableMessageException;
import java.net.ConnectException;
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
