package cn.govdisclosure.faults;

import cn.govdisclosure.infrastructure.EmbeddedKafkaServer;
import cn.govdisclosure.infrastructure.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The main class of a child JVM that holds PostgreSQL or Kafka, so that the suite can stop it gracefully (SIGTERM:
 * the shutdown hook closes the server) or kill it with SIGKILL, like any server process. Prints {@link #READY} once
 * the server answers. Arguments: {@code postgres|kafka <directory> <port>}.
 */
public final class InfrastructureProcess {

    static final String READY = "INFRASTRUCTURE READY";

    private InfrastructureProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path directory = Path.of(args[1]);
        int port = Integer.parseInt(args[2]);
        AutoCloseable server = switch (args[0]) {
            case "postgres" -> EmbeddedPostgresServer.start(directory, port);
            // Messages are kept until every consumer has them, as in production.
            case "kafka" -> EmbeddedKafkaServer.start(directory, port, Map.of("log.retention.ms", "-1"));
            default -> throw new IllegalArgumentException("postgres or kafka, not " + args[0]);
        };
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }, "stop-" + args[0]));
        System.out.println(READY);
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
