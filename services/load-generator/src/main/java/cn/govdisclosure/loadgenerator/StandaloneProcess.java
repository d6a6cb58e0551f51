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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The standalone system started as its own process (its own JVM, so that its CPU and memory are its own and not
 * the load generator's), on free ports and a data directory of its own, with the given JVM options and system
 * properties (which every service's Spring configuration reads). Given {@code --process-per-service}, the standalone
 * process holds Kafka and starts each service in a JVM of its own.
 */
public final class StandaloneProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    /** The main class of a service's own JVM; its last two arguments are the service's name and application. */
    private static final String SERVICE_MAIN = "cn.govdisclosure.standalone.ServiceMain";

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

    /**
     * Starts {@code jar} with the standalone system's {@code arguments} besides its data directory and ports, and
     * returns once all three services answer their health checks.
     */
    public static StandaloneProcess start(Path jar, Path dataDirectory, List<String> jvmOptions,
                                          Map<String, String> systemProperties, List<String> arguments, Path log) {
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
        command.addAll(arguments);
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

    /**
     * The system's JVMs, process id by name: the standalone process alone ({@code system}), or, when it runs each
     * service apart, it ({@code kafka}: it holds the broker) and each service's by the service's name.
     */
    public Map<String, Long> jvms() {
        Map<String, Long> services = new TreeMap<>();
        process.children().forEach(child -> child.info().arguments().map(List::of)
                .filter(arguments -> arguments.stream().anyMatch(argument -> argument.endsWith(SERVICE_MAIN)))
                .ifPresent(arguments -> services.put(arguments.get(arguments.size() - 2), child.pid())));
        Map<String, Long> jvms = new LinkedHashMap<>();
        jvms.put(services.isEmpty() ? "system" : "kafka", process.pid());
        jvms.putAll(services);
        return jvms;
    }

    /** The submission service's database, where its event store is. */
    public String submissionJdbcUrl() {
        return jdbcUrl("submission");
    }

    /** A database of the system's PostgreSQL server, by name. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + database;
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
