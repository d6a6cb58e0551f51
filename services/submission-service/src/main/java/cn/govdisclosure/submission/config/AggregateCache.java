package cn.govdisclosure.submission.config;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Aggregates kept in memory between their commands (Caffeine, bounded), so that a command does not read and
 * deserialize the aggregate's whole stream of events again. Without it that was the largest single cost of a command
 * in the surge benchmark's profile.
 *
 * <p>The cache never shows what the database has not committed. A command may run inside a transaction that outlives
 * its unit of work (a request stores its idempotent answer in the same transaction) and Axon releases the aggregate's
 * lock when the unit of work ends, not when that transaction does. So an entry stored while a transaction is open is
 * removed at once and stored again only once the transaction has committed: a command that comes in between loads
 * the aggregate from the event store, and its event then waits for, and conflicts with, the uncommitted one there, as
 * without a cache. Axon itself removes the entry of a unit of work that rolls back. Another instance of the service
 * changing the same aggregate is caught by the event store too: the cached aggregate's next sequence number is taken,
 * the command fails with a conflict and its rollback removes the stale entry.
 */
final class AggregateCache implements Cache {

    private final ConcurrentMap<Object, Object> entries;

    /** Evictions run on the thread that stores an entry, so the bound holds as soon as the store returns. */
    AggregateCache(long maximumSize, Duration expireAfterAccess) {
        this.entries = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterAccess(expireAfterAccess)
                .executor(Runnable::run).build().asMap();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        return (V) entries.get(key);
    }

    @Override
    public void put(Object key, Object value) {
        if (value == null) {
            entries.remove(key);
        } else if (TransactionSynchronizationManager.isSynchronizationActive()) {
            entries.remove(key);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    entries.put(key, value);
                }
            });
        } else {
            entries.put(key, value);
        }
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        if (entries.containsKey(key)) {
            return false;
        }
        put(key, value);
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        T value = (T) entries.get(key);
        if (value == null) {
            value = valueSupplier.get();
            put(key, value);
        }
        return value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        V value = (V) entries.get(key);
        if (value != null) {
            put(key, update.apply(value));
        }
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.clear();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    /** Nothing here listens to entries; a listener would be told nothing, so none is taken. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        throw new UnsupportedOperationException("The aggregate cache has no entry listeners");
    }
}
