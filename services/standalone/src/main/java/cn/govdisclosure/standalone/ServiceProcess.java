package cn.govdisclosure.standalone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

/**
 * One service of the standalone system in a JVM of its own ({@link ServiceMain}), started from this process's own
 * class path, with its output on this process's. The JVM options given to the standalone system with {@code -D}
 * apply to every service, as they do when the services share its JVM.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    /** A service under load takes up to 30 s to leave its Kafka consumer groups (kafka-clients' close timeout). */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private final String name;
    private final String healthUrl;
    private final Process process;

    private ServiceProcess(String name, String healthUrl, Process process) {
        this.name = name;
        this.healthUrl = healthUrl;
        this.process = process;
    }

    /** Starts the service's JVM and returns at once; {@link #awaitReady()} waits until it answers. */
    static ServiceProcess start(String name, Class<?> application, int port, List<String> properties, String heap) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.add("-Daxoniq.update-checker.disabled=true");
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(option -> option.startsWith("-D"))
                .forEach(command::add);
        String classPath = System.getProperty("java.class.path");
        command.addAll(List.of("-cp", classPath));
        if (isBootJar(classPath)) {
            command.add("-Dloader.main=" + ServiceMain.class.getName());
            command.add(BOOT_LAUNCHER);
        } else {
            command.add(ServiceMain.class.getName());
        }
        command.addAll(List.of(name, application.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("SPRING_APPLICATION_JSON", json(properties));
        try {
            return new ServiceProcess(name, "http://localhost:" + port + "/actuator/health", builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the " + name + " service's JVM", e);
        }
    }

    /** Waits until the service answers its health check; fails if its JVM ends or does not answer in time. */
    void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long giveUpAt = System.nanoTime() + START_TIMEOUT.toNanos();
        try {
            while (!healthy(http)) {
                if (process.waitFor(250, TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("The " + name + " service's JVM ended with "
                            + process.exitValue() + " while starting; its log is above");
                }
                if (System.nanoTime() > giveUpAt) {
                    throw new IllegalStateException("The " + name + " service did not start within "
                            + START_TIMEOUT);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the " + name + " service started", e);
        }
    }

    long pid() {
        return process.pid();
    }

    /** SIGTERM, as a deployment stops a service: it finishes what it is doing, then ends. */
    void beginStopping() {
        process.destroy();
    }

    /** Stops the service ({@link #beginStopping()}) and waits until its JVM has ended. */
    @Override
    public void close() throws InterruptedException {
        beginStopping();
        if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    @Override
    public String toString() {
        return "the " + name + " service (pid " + process.pid() + ")";
    }

    /**
     * A Spring Boot runnable jar, as {@code java -jar standalone.jar} runs: its classes are nested inside, and Boot's
     * launcher finds them. (A test's class path may also be one jar, holding only a manifest that lists the others.)
     */
    private static boolean isBootJar(String classPath) {
        if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath)) {
            return jar.getEntry("BOOT-INF/classes/") != null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + classPath, e);
        }
    }

    private static String json(List<String> properties) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String property : properties) {
            String[] nameAndValue = property.split("=", 2);
            values.put(nameAndValue[0], nameAndValue[1]);
        }
        try {
            return new ObjectMapper().writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean healthy(HttpClient http) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(healthUrl)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }
}
