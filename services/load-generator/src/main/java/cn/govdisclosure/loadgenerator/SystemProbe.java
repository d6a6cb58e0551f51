package cn.govdisclosure.loadgenerator;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Looks at the running system from outside while it works: the consumer groups' lag on the broker, the event
 * store's size, and the memory of each of the system's JVMs ({@link WatchedJvm}): one when the standalone system runs
 * its services in its own JVM, one per service and one for Kafka when it runs them apart.
 */
public final class SystemProbe implements AutoCloseable {

    private final Admin kafka;
    private final Connection eventStore;
    private final List<WatchedJvm> jvms;

    /** @param jvms the system's JVMs: process id by name */
    public SystemProbe(String bootstrapServers, String jdbcUrl, String user, String password, Map<String, Long> jvms) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.kafka = Admin.create(properties);
        try {
            this.eventStore = DriverManager.getConnection(jdbcUrl, user, password);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the event store at " + jdbcUrl, e);
        }
        this.jvms = jvms.entrySet().stream().map(jvm -> WatchedJvm.attach(jvm.getKey(), jvm.getValue())).toList();
    }

    /** Messages on the broker that some consumer group has not yet committed, over every group and partition. */
    public long kafkaLag() {
        try {
            List<Map<TopicPartition, OffsetAndMetadata>> groups = new java.util.ArrayList<>();
            for (ConsumerGroupListing group : kafka.listConsumerGroups().all().get()) {
                groups.add(kafka.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get());
            }
            Map<TopicPartition, Long> ends = endOffsets(groups.stream().flatMap(offsets -> offsets.keySet().stream())
                    .collect(Collectors.toSet()));
            long lag = 0;
            for (Map<TopicPartition, OffsetAndMetadata> offsets : groups) {
                for (Map.Entry<TopicPartition, OffsetAndMetadata> offset : offsets.entrySet()) {
                    if (offset.getValue() != null) {
                        lag += Math.max(0, ends.getOrDefault(offset.getKey(), 0L) - offset.getValue().offset());
                    }
                }
            }
            return lag;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (ExecutionException e) {
            return -1;
        }
    }

    /** Messages on the given topics so far (the sum of their partitions' end offsets). */
    public long messagesOn(List<String> topics) {
        try {
            List<TopicPartition> partitions = kafka.describeTopics(topics).allTopicNames().get().values().stream()
                    .flatMap(topic -> topic.partitions().stream()
                            .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                    .toList();
            return endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot read the topics' offsets", e.getCause());
        }
    }

    /** Bytes the broker's logs hold for the given topics (records with their batch headers). */
    public long bytesOn(List<String> topics) {
        try {
            List<Integer> brokers = kafka.describeCluster().nodes().get().stream()
                    .map(org.apache.kafka.common.Node::id).toList();
            return kafka.describeLogDirs(brokers).allDescriptions().get().values().stream()
                    .flatMap(directories -> directories.values().stream())
                    .flatMap(directory -> directory.replicaInfos().entrySet().stream())
                    .filter(replica -> topics.contains(replica.getKey().topic()))
                    .mapToLong(replica -> replica.getValue().size()).sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot read the broker's log sizes", e.getCause());
        }
    }

    /** Rows in the event store. */
    public long eventStoreRows() {
        return queryLong("SELECT count(*) FROM domain_event_entry");
    }

    /** The event store's highest global index: grows with every stored event, and is cheap to ask. */
    public long eventStoreHead() {
        return queryLong("SELECT coalesce(max(global_index), 0) FROM domain_event_entry");
    }

    /** The average size of a stored event's payload and metadata, in bytes. */
    public long averageEventBytes() {
        return queryLong("SELECT coalesce(avg(octet_length(payload) + octet_length(meta_data)), 0)::bigint"
                + " FROM domain_event_entry");
    }

    /** The memory of each of the system's JVMs now, by name. */
    public Map<String, WatchedJvm.Memory> memory() {
        Map<String, WatchedJvm.Memory> memory = new LinkedHashMap<>();
        jvms.forEach(jvm -> memory.put(jvm.name(), jvm.memory()));
        return memory;
    }

    /** The system's JVMs: process id by name. */
    public Map<String, Long> jvmPids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        jvms.forEach(jvm -> pids.put(jvm.name(), jvm.pid()));
        return pids;
    }

    Connection eventStoreConnection() {
        return eventStore;
    }

    Admin kafkaAdmin() {
        return kafka;
    }

    private Map<TopicPartition, Long> endOffsets(Collection<TopicPartition> partitions)
            throws InterruptedException, ExecutionException {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = kafka.listOffsets(partitions.stream()
                .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()))).all().get();
        return ends.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, end -> end.getValue().offset()));
    }

    private long queryLong(String sql) {
        synchronized (eventStore) {
            try (Statement statement = eventStore.createStatement(); ResultSet result = statement.executeQuery(sql)) {
                result.next();
                return result.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + " failed", e);
            }
        }
    }

    @Override
    public void close() {
        jvms.forEach(WatchedJvm::close);
        kafka.close();
        try {
            eventStore.close();
        } catch (SQLException e) {
            throw new IllegalStateException("Closing the event-store connection failed", e);
        }
    }
}
