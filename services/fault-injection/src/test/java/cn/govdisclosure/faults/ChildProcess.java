package cn.govdisclosure.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A part of the system running as its own OS process (a JVM), with its output appended to a log file, that can be
 * stopped gracefully (SIGTERM), killed (SIGKILL, as {@code kill -9}) and started again with the same command.
 */
final class ChildProcess {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final String name;
    private final List<String> command;
    private final Path log;
    private Process process;

    ChildProcess(String name, List<String> command, Path log) {
        this.name = name;
        this.command = List.copyOf(command);
        this.log = log;
    }

    /** A JVM child: this JVM's java, the given options, then the main class or {@code -jar} and arguments. */
    static List<String> java(List<String> options, List<String> mainAndArguments) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(options);
        command.addAll(mainAndArguments);
        return command;
    }

    String name() {
        return name;
    }

    synchronized void start() {
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "==== starting " + name + " ====\n", java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    /** Waits until {@code ready} holds; fails if the process exits or the time runs out. */
    void awaitReady(BooleanSupplier ready, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!alive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (ready.getAsBoolean()) {
                return;
            }
            pause(Duration.ofMillis(250));
        }
        throw new IllegalStateException(name + " not ready within " + timeout + "; see " + log);
    }

    /** Whether the log has the line since the last start. */
    boolean logged(String line) {
        try {
            String text = Files.readString(log);
            return text.substring(text.lastIndexOf("==== starting " + name)).contains(line);
        } catch (IOException e) {
            return false;
        }
    }

    synchronized boolean alive() {
        return process != null && process.isAlive();
    }

    synchronized long pid() {
        return process.pid();
    }

    /** SIGTERM, then waits for the process to end (its shutdown hooks run). */
    synchronized void stop() {
        if (!alive()) {
            return;
        }
        process.destroy();
        await(process);
    }

    /** SIGKILL: the process ends at once, whatever it was doing. */
    synchronized void kill() {
        if (!alive()) {
            return;
        }
        process.destroyForcibly();
        await(process);
    }

    private void await(Process ending) {
        try {
            if (!ending.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                ending.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
