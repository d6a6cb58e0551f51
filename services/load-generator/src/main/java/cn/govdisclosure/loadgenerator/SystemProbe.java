package cn.govdisclosure.loadgenerator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
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
 * store's size, and the memory of the system's process (resident set from {@code /proc}, heap from its Prometheus
 * endpoint). In the standalone system the three services share one JVM, so memory is that process's.
 */
public final class SystemProbe implements AutoCloseable {

    private final Admin kafka;
    private final Connection eventStore;
    private final long pid;
    private final String prometheusUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    public SystemProbe(String bootstrapServers, String jdbcUrl, String user, String password, long pid,
                       String serviceUrl) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.kafka = Admin.create(properties);
        try {
            this.eventStore = DriverManager.getConnection(jdbcUrl, user, password);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the event store at " + jdbcUrl, e);
        }
        this.pid = pid;
        this.prometheusUrl = serviceUrl + "/actuator/prometheus";
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

    /** Resident memory of the system's process now, and at its peak ({@code VmHWM}), in bytes; -1 if unknown. */
    public long[] residentMemory() {
        Path status = Path.of("/proc", String.valueOf(pid), "status");
        if (pid <= 0 || !Files.exists(status)) {
            return new long[] {-1, -1};
        }
        try {
            Map<String, Long> values = Files.readAllLines(status).stream().filter(line -> line.startsWith("Vm"))
                    .collect(Collectors.toMap(line -> line.substring(0, line.indexOf(':')),
                            line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024, (a, b) -> a));
            return new long[] {values.getOrDefault("VmRSS", -1L), values.getOrDefault("VmHWM", -1L)};
        } catch (IOException | RuntimeException e) {
            return new long[] {-1, -1};
        }
    }

    /** The JVM's heap in use, from the service's Prometheus endpoint; -1 if it does not answer. */
    public long heapUsed() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(prometheusUrl)).timeout(Duration.ofSeconds(5))
                    .build();
            String metrics = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            return (long) metrics.lines().filter(line -> line.startsWith("jvm_memory_used_bytes{")
                            && line.contains("area=\"heap\""))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
        } catch (IOException | RuntimeException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
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
        kafka.close();
        try {
            eventStore.close();
        } catch (SQLException e) {
            throw new IllegalStateException("Closing the event-store connection failed", e);
        }
    }
}
