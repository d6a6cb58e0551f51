package cn.govdisclosure.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.WRITE;

/**
 * The PostgreSQL server process of a data directory, as named by its {@code postmaster.pid}.
 *
 * <p>PostgreSQL runs as a separate process, so it outlives a JVM killed with {@code kill -9} and keeps the data
 * directory busy; a machine or container restart instead leaves a {@code postmaster.pid} whose PID may by now belong to
 * an unrelated process, which makes PostgreSQL refuse to start. {@link #clearLeftovers} handles both before a start.
 */
final class Postmaster {

    private static final Logger log = LoggerFactory.getLogger(Postmaster.class);
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);
    private static final String PID_FILE = "postmaster.pid";
    /** The file zonky keeps locked while an {@code EmbeddedPostgres} of any JVM uses the data directory. */
    private static final String ZONKY_LOCK_FILE = "epg-lock";

    private Postmaster() {
    }

    /**
     * Stops a server whose owner died without stopping it, or removes a stale {@code postmaster.pid}. Refuses (with an
     * {@link IllegalStateException}) if a live {@code EmbeddedPostgres} of this or another JVM uses the directory.
     */
    static void clearLeftovers(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(ZONKY_LOCK_FILE), CREATE, WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("PostgreSQL data directory " + dataDirectory
                        + " is used by another process");
            }
            Optional<ProcessHandle> orphan = readPid(pidFile).flatMap(ProcessHandle::of)
                    .filter(process -> serves(process, dataDirectory));
            if (orphan.isPresent()) {
                log.warn("Stopping PostgreSQL (pid {}) left running on {} by a process that died", orphan.get().pid(),
                        dataDirectory);
                // SIGTERM, a "smart" shutdown: it completes at once because the dead owner's connections are gone.
                orphan.get().destroy();
                awaitShutdown(dataDirectory);
            } else {
                log.warn("Removing stale {} (its process is gone)", pidFile);
                Files.deleteIfExists(pidFile);
            }
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("PostgreSQL data directory " + dataDirectory
                    + " is already used in this JVM", e);
        }
    }

    /**
     * Returns once the server of this data directory has shut down, which is when it deletes its
     * {@code postmaster.pid} as its last act (the same signal {@code pg_ctl stop} waits for). Watching the file rather
     * than the process also works where nobody reaps the exited server, which then lingers as a zombie.
     */
    static void awaitShutdown(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        long deadline = System.nanoTime() + SHUTDOWN_TIMEOUT.toNanos();
        try (WatchService watcher = dataDirectory.getFileSystem().newWatchService()) {
            dataDirectory.register(watcher, StandardWatchEventKinds.ENTRY_DELETE);
            while (Files.exists(pidFile)) {
                WatchKey key = watcher.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (key == null) {
                    throw new IllegalStateException("PostgreSQL on " + dataDirectory + " did not shut down within "
                            + SHUTDOWN_TIMEOUT.toSeconds() + " s");
                }
                key.pollEvents();
                key.reset();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not watch " + pidFile, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for PostgreSQL to shut down", e);
        }
    }

    /** pg_ctl starts the server as {@code postgres -D <dataDirectory> ...}, and the server keeps that command line. */
    private static boolean serves(ProcessHandle process, Path dataDirectory) {
        return process.info().arguments()
                .map(arguments -> Arrays.asList(arguments).contains(dataDirectory.toString()))
                .orElse(false);
    }

    private static Optional<Long> readPid(Path pidFile) {
        try (var lines = Files.lines(pidFile)) {
            return lines.findFirst().map(String::trim).filter(line -> line.matches("\\d+")).map(Long::valueOf);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
