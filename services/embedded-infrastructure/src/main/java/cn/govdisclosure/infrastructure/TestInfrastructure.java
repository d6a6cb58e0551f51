package cn.govdisclosure.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * One PostgreSQL and one Kafka per JVM for integration tests, shared by all test classes because starting servers is
 * the slow part of a test run (tests keep apart by database, topic and group names). They run in Testcontainers
 * containers where a Docker engine is available, and otherwise as the embedded servers, so tests also run on machines
 * without Docker. Both are started on first use and stopped by a shutdown hook.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);

    private static Boolean dockerAvailable;
    private static PostgresServer postgres;
    private static KafkaServer kafka;

    private TestInfrastructure() {
    }

    /**
     * One PostgreSQL per JVM: a {@code postgres:16-alpine} container when Docker is available, otherwise an
     * {@link EmbeddedPostgresServer} on a fresh temporary directory and a free port.
     */
    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = startPostgres();
        }
        return postgres;
    }

    /**
     * One Kafka per JVM: an {@code apache/kafka-native} container when Docker is available, otherwise an
     * {@link EmbeddedKafkaServer} on a fresh temporary directory and a free port.
     */
    public static synchronized KafkaServer kafka() {
        if (kafka == null) {
            kafka = startKafka();
        }
        return kafka;
    }

    /** The properties that connect a service under test to its own database on {@link #postgres()} and to {@link #kafka()}. */
    public static Map<String, String> serviceProperties(String database) {
        return ConnectionProperties.forService(postgres(), database, kafka());
    }

    private static PostgresServer startPostgres() {
        if (dockerAvailable()) {
            log.info("Docker engine available: starting PostgreSQL in a {} container", ContainerPostgresServer.IMAGE);
            return stopAtShutdown("PostgreSQL", ContainerPostgresServer.start(), null);
        }
        Path directory = temporaryDirectory("test-postgres-");
        log.info("No Docker engine: starting embedded PostgreSQL in {}", directory);
        // Thrown away after the run, and never crashed by these tests: commits need not wait for the disk.
        return stopAtShutdown("PostgreSQL", EmbeddedPostgresServer.start(directory, 0, false), directory);
    }

    private static KafkaServer startKafka() {
        if (dockerAvailable()) {
            log.info("Docker engine available: starting Kafka in a {} container", ContainerKafkaServer.IMAGE);
            return stopAtShutdown("Kafka", ContainerKafkaServer.start(), null);
        }
        Path directory = temporaryDirectory("test-kafka-");
        log.info("No Docker engine: starting embedded Kafka in {}", directory);
        return stopAtShutdown("Kafka", EmbeddedKafkaServer.start(directory, 0), directory);
    }

    private static synchronized boolean dockerAvailable() {
        if (dockerAvailable == null) {
            try {
                dockerAvailable = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                log.info("Docker detection failed, assuming no Docker engine: {}", e.toString());
                dockerAvailable = false;
            }
        }
        return dockerAvailable;
    }

    /** Stops the server when the JVM exits, then deletes its temporary directory (if it has one). */
    private static <T extends AutoCloseable> T stopAtShutdown(String name, T server, Path directory) {
        Runnable stop = () -> {
            try {
                server.close();
                if (directory != null) {
                    deleteRecursively(directory);
                }
            } catch (Exception e) {
                log.warn("Could not stop the test {} cleanly", name, e);
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "stop-test-" + name));
        return server;
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temporary directory", e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
