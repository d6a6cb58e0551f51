package cn.govdisclosure.standalone;

import java.nio.file.Path;

/**
 * Where the standalone system keeps its data and which ports it listens on.
 *
 * @param dataDirectory PostgreSQL's data ({@code postgres/}) and Kafka's log ({@code kafka/}); kept across restarts
 */
public record StandaloneSettings(Path dataDirectory, int postgresPort, int kafkaPort, int submissionPort,
                                 int validationPort, int publicationPort) {

    public static final StandaloneSettings DEFAULTS = new StandaloneSettings(Path.of("data"), 15432, 19092, 8081,
            8082, 8083);

    /** Reads {@code --data-dir=…}, {@code --postgres-port=…}, {@code --kafka-port=…} and the three service ports. */
    public static StandaloneSettings fromArguments(String... args) {
        StandaloneSettings settings = DEFAULTS;
        for (String arg : args) {
            String[] option = arg.split("=", 2);
            if (option.length != 2) {
                continue;
            }
            settings = switch (option[0]) {
                case "--data-dir" -> settings.withDataDirectory(Path.of(option[1]));
                case "--postgres-port" -> new StandaloneSettings(settings.dataDirectory, port(option[1]),
                        settings.kafkaPort, settings.submissionPort, settings.validationPort, settings.publicationPort);
                case "--kafka-port" -> new StandaloneSettings(settings.dataDirectory, settings.postgresPort,
                        port(option[1]), settings.submissionPort, settings.validationPort, settings.publicationPort);
                case "--submission-port" -> new StandaloneSettings(settings.dataDirectory, settings.postgresPort,
                        settings.kafkaPort, port(option[1]), settings.validationPort, settings.publicationPort);
                case "--validation-port" -> new StandaloneSettings(settings.dataDirectory, settings.postgresPort,
                        settings.kafkaPort, settings.submissionPort, port(option[1]), settings.publicationPort);
                case "--publication-port" -> new StandaloneSettings(settings.dataDirectory, settings.postgresPort,
                        settings.kafkaPort, settings.submissionPort, settings.validationPort, port(option[1]));
                default -> settings;
            };
        }
        return settings;
    }

    public StandaloneSettings withDataDirectory(Path directory) {
        return new StandaloneSettings(directory, postgresPort, kafkaPort, submissionPort, validationPort,
                publicationPort);
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

    private static int port(String value) {
        int port = Integer.parseInt(value);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Not a port: " + value);
        }
        return port;
    }
}
