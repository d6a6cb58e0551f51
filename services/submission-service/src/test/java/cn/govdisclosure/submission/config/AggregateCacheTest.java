package cn.govdisclosure.submission.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class AggregateCacheTest {

    private final AggregateCache cache = new AggregateCache(10, Duration.ofMinutes(1));

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void anEntryStoredOutsideATransactionIsThereAtOnce() {
        cache.put("report", "state 1");

        assertThat(cache.<String, String>get("report")).isEqualTo("state 1");
        assertThat(cache.containsKey("report")).isTrue();
    }

    @Test
    void anEntryStoredInATransactionIsThereOnlyOnceItCommitted() {
        cache.put("report", "state 1");
        TransactionSynchronizationManager.initSynchronization();

        cache.put("report", "state 2");

        assertThat(cache.<String, String>get("report")).as("neither the old state nor the uncommitted one").isNull();
        TransactionSynchronizationUtils.invokeAfterCommit(TransactionSynchronizationManager.getSynchronizations());
        assertThat(cache.<String, String>get("report")).isEqualTo("state 2");
    }

    @Test
    void anEntryStoredInATransactionThatRollsBackIsNeverThere() {
        TransactionSynchronizationManager.initSynchronization();

        cache.put("report", "state 2");
        TransactionSynchronizationUtils.invokeAfterCompletion(TransactionSynchronizationManager.getSynchronizations(),
                TransactionSynchronization.STATUS_ROLLED_BACK);

        assertThat(cache.<String, String>get("report")).isNull();
    }

    @Test
    void theCacheIsBounded() {
        for (int i = 0; i < 1_000; i++) {
            cache.put("report " + i, "state");
        }

        long kept = java.util.stream.IntStream.range(0, 1_000).filter(i -> cache.containsKey("report " + i)).count();
        assertThat(kept).isLessThanOrEqualTo(10 + 5);
    }
}
