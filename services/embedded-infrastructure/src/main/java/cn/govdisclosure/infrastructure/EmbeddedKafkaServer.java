package cn.govdisclosure.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka (KRaft, broker and controller combined) running inside this JVM from the
 * {@code kafka_2.13} artifacts, so that the standalone mode and tests need neither an installed Kafka nor Docker. Its
 * log directory survives restarts, and with it topics, messages and committed offsets.
 */
public final class EmbeddedKafkaServer implements KafkaServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaServer.class);
    private static final int NODE_ID = 1;
    private static final String HOST = "127.0.0.1";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedKafkaServer(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * A single-node KRaft Kafka (broker+controller combined) from the kafka_2.13 artifacts, its log directory kept at
     * logDirectory (formatted on first start with a cluster id stored there, reused afterwards so topics and messages
     * survive a restart). port 0 = a free port (for the client listener; the controller listener always gets a free
     * port).
     */
    public static EmbeddedKafkaServer start(Path logDirectory, int port) {
        return start(logDirectory, port, Map.of());
    }

    /**
     * Like {@link #start(Path, int)}, with broker properties that override or extend the defaults, e.g.
     * {@code log.retention.ms=-1} to keep messages forever.
     */
    public static EmbeddedKafkaServer start(Path logDirectory, int port, Map<String, String> brokerProperties) {
        Path directory = logDirectory.toAbsolutePath().normalize();
        long startedAt = System.nanoTime();
        int[] freePorts = FreePorts.find(2);
        int clientPort = port == 0 ? freePorts[0] : port;
        int controllerPort = freePorts[1] == clientPort ? freePorts[0] : freePorts[1];
        KafkaConfig config = new KafkaConfig(properties(directory, clientPort, controllerPort, brokerProperties));
        formatIfNew(directory);

        var kafka = new EmbeddedKafkaServer(new KafkaRaftServer(config, Time.SYSTEM), HOST + ":" + clientPort);
        try {
            kafka.server.startup();
            kafka.awaitReady();
        } catch (RuntimeException e) {
            kafka.close();
            throw new IllegalStateException("Could not start Kafka with log directory " + directory, e);
        }
        log.info("Kafka started on {} with log directory {} in {} ms", kafka.bootstrapServers, directory,
                (System.nanoTime() - startedAt) / 1_000_000);
        return kafka;
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Shuts the broker and controller down cleanly and returns once they have stopped. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        log.info("Kafka on {} stopped", bootstrapServers);
    }

    private static Map<String, String> properties(Path directory, int clientPort, int controllerPort,
                                                  Map<String, String> overrides) {
        Map<String, String> properties = new HashMap<>();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", String.valueOf(NODE_ID));
        properties.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        properties.put("controller.listener.names", CONTROLLER_LISTENER);
        properties.put("listeners", "PLAINTEXT://" + HOST + ":" + clientPort + "," + CONTROLLER_LISTENER + "://" + HOST
                + ":" + controllerPort);
        properties.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + clientPort);
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("log.dirs", directory.toString());
        // A single node can only hold one replica of the internal topics.
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("share.coordinator.state.topic.replication.factor", "1");
        properties.put("share.coordinator.state.topic.min.isr", "1");
        properties.put("group.initial.rebalance.delay.ms", "0");
        properties.put("num.partitions", "3");
        properties.put("auto.create.topics.enable", "true");
        properties.putAll(overrides);
        return properties;
    }

    /** Formats the log directory with a new cluster id unless an earlier start already did. */
    private static void formatIfNew(Path directory) {
        if (Files.exists(directory.resolve("meta.properties"))) {
            log.info("Reusing Kafka log directory {}", directory);
            return;
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            Files.createDirectories(directory);
            new Formatter()
                    .setClusterId(Uuid.randomUuid().toString())
                    .setNodeId(NODE_ID)
                    .addDirectory(directory.toString())
                    .setMetadataLogDirectory(directory.toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setPrintStream(new PrintStream(output, true, StandardCharsets.UTF_8))
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format Kafka log directory " + directory, e);
        }
        log.info("Formatted new Kafka log directory: {}", output.toString(StandardCharsets.UTF_8).trim());
    }

    /** Waits until the broker answers clients, using their own protocol rather than a fixed delay. */
    private void awaitReady() {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) STARTUP_TIMEOUT.toMillis());
        try (Admin admin = Admin.create(config)) {
            var nodes = admin.describeCluster().nodes().get(STARTUP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (nodes.stream().map(Node::id).noneMatch(id -> id == NODE_ID)) {
                throw new IllegalStateException("Kafka broker " + NODE_ID + " is not in the cluster: " + nodes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka on " + bootstrapServers, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka on " + bootstrapServers + " did not become ready", e);
        }
    }
}
