package cn.govdisclosure.loadgenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The standalone system started as its own process (its own JVM, so that its CPU and memory are its own and not
 * the load generator's), on free ports and a data directory of its own, with the given JVM options and system
 * properties (which every service's Spring configuration reads).
 */
public final class StandaloneProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final Path dataDirectory;
    private final int postgresPort;
    private final int kafkaPort;
    private final SystemUnderLoad endpoints;
    /** Stops the system if the load generator is stopped first (Ctrl+C), so that no server is left running. */
    private final Thread stopOnExit;

    private StandaloneProcess(Process process, Path dataDirectory, int postgresPort, int kafkaPort,
                              SystemUnderLoad endpoints) {
        this.process = process;
        this.dataDirectory = dataDirectory;
        this.postgresPort = postgresPort;
        this.kafkaPort = kafkaPort;
        this.endpoints = endpoints;
        this.stopOnExit = new Thread(process::destroy, "stop-standalone");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** Starts {@code jar} and returns once all three services answer their health checks. */
    public static StandaloneProcess start(Path jar, Path dataDirectory, List<String> jvmOptions,
                                          Map<String, String> systemProperties, Path log) {
        int postgres = freePort();
        int kafka = freePort();
        SystemUnderLoad endpoints = SystemUnderLoad.onHost("localhost", freePort(), freePort(), freePort());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        systemProperties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.addAll(List.of("-jar", jar.toString(), "--data-dir=" + dataDirectory,
                "--postgres-port=" + postgres, "--kafka-port=" + kafka,
                "--submission-port=" + port(endpoints.submissionUrl()),
                "--validation-port=" + port(endpoints.validationUrl()),
                "--publication-port=" + port(endpoints.publicationUrl())));
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            StandaloneProcess standalone = new StandaloneProcess(process, dataDirectory, postgres, kafka, endpoints);
            standalone.awaitHealthy(log);
            return standalone;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SystemUnderLoad endpoints() {
        return endpoints;
    }

    public long pid() {
        return process.pid();
    }

    /** The submission service's database, where its event store is. */
    public String submissionJdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgresPort + "/submission";
    }

    public String databaseUser() {
        return "postgres";
    }

    public String kafkaBootstrapServers() {
        return "localhost:" + kafkaPort;
    }

    /** The first administrator's password, which the system created in its data directory. */
    public String adminPassword() {
        try {
            return Files.readString(dataDirectory.resolve("secrets").resolve("admin-password")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the system as Ctrl+C would, so PostgreSQL and Kafka shut down cleanly. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs anyway.
        }
        process.destroy();
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void awaitHealthy(Path log) {
        HttpClient http = HttpClient.newHttpClient();
        long giveUpAt = System.nanoTime() + START_TIMEOUT.toNanos();
        for (String url : List.of(endpoints.submissionUrl(), endpoints.validationUrl(), endpoints.publicationUrl())) {
            while (!healthy(http, url)) {
                if (!process.isAlive() || System.nanoTime() > giveUpAt) {
                    close();
                    throw new IllegalStateException("The standalone system did not start; its log: " + log);
                }
                HttpApi.pause(Duration.ofMillis(500));
            }
        }
    }

    private static boolean healthy(HttpClient http, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int port(String url) {
        return URI.create(url).getPort();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
