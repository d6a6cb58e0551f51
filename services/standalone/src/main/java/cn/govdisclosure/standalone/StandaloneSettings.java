package cn.govdisclosure.standalone;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the standalone system keeps its data, which ports it listens on, and whether its services share its JVM.
 *
 * @param dataDirectory     PostgreSQL's data ({@code postgres/}) and Kafka's log ({@code kafka/}); kept across
 *                          restarts
 * @param processPerService each service in a JVM of its own, as in production, instead of all in this one: each
 *                          service's memory and processor time are then its own, and one cannot starve the others
 * @param serviceHeap       the maximum heap of each service's JVM ({@code -Xmx}) when they run apart
 */
public record StandaloneSettings(Path dataDirectory, int postgresPort, int kafkaPort, int submissionPort,
                                 int validationPort, int publicationPort, boolean processPerService,
                                 String serviceHeap) {

    public static final StandaloneSettings DEFAULTS = new StandaloneSettings(Path.of("data"), 15432, 19092, 8081,
            8082, 8083);

    /** All three services in this JVM. */
    public StandaloneSettings(Path dataDirectory, int postgresPort, int kafkaPort, int submissionPort,
                              int validationPort, int publicationPort) {
        this(dataDirectory, postgresPort, kafkaPort, submissionPort, validationPort, publicationPort, false, "512m");
    }

    public StandaloneSettings {
        if (!serviceHeap.matches("[0-9]+[kKmMgG]?")) {
            throw new IllegalArgumentException("Not a heap size such as 512m: " + serviceHeap);
        }
    }

    /**
     * Reads {@code --data-dir=…}, {@code --postgres-port=…}, {@code --kafka-port=…}, the three service ports
     * ({@code --submission-port=…} and so on), {@code --process-per-service} and {@code --service-heap=…}.
     */
    public static StandaloneSettings fromArguments(String... args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] option = arg.split("=", 2);
            options.put(option[0], option.length == 2 ? option[1] : "true");
        }
        return new StandaloneSettings(Path.of(options.getOrDefault("--data-dir", DEFAULTS.dataDirectory.toString())),
                port(options, "--postgres-port", DEFAULTS.postgresPort), port(options, "--kafka-port",
                DEFAULTS.kafkaPort), port(options, "--submission-port", DEFAULTS.submissionPort),
                port(options, "--validation-port", DEFAULTS.validationPort),
                port(options, "--publication-port", DEFAULTS.publicationPort),
                Boolean.parseBoolean(options.getOrDefault("--process-per-service", "false")),
                options.getOrDefault("--service-heap", DEFAULTS.serviceHeap));
    }

    public StandaloneSettings withDataDirectory(Path directory) {
        return new StandaloneSettings(directory, postgresPort, kafkaPort, submissionPort, validationPort,
                publicationPort, processPerService, serviceHeap);
    }

    public String submissionUrl() {
        return "http://localhost:" + submissionPort;
    }

    public String validationUrl() {
        return "http://localhost:" + validationPort;
    }

    public String publicationUrl() {
        return "http://localhost:" + publicationPort;
    }

    private static int port(Map<String, String> options, String name, int otherwise) {
        if (!options.containsKey(name)) {
            return otherwise;
        }
        String value = options.get(name);
        int port;
        try {
            port = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Not a port: " + name + "=" + value);
        }
        return port;
    }
}
