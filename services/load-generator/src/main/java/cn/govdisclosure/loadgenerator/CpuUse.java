package cn.govdisclosure.loadgenerator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the machine's processor time went, from Linux's {@code /proc}: the system's JVMs, its PostgreSQL server (the
 * postmaster and its backends, including backends that have ended), this load generator, and the machine as a whole.
 * On a machine that runs everything, these say whether the system, its database or the clients were the limit.
 *
 * @param jvms          processor seconds of each of the system's JVMs, by name
 * @param postgres      processor seconds of the PostgreSQL server
 * @param loadGenerator processor seconds of this process
 * @param machineBusy   processor seconds the whole machine was not idle
 * @param wall          seconds of wall-clock time
 * @param cores         processors of the machine
 */
public record CpuUse(Map<String, Double> jvms, double postgres, double loadGenerator, double machineBusy, double wall,
                     int cores) {

    /** Linux's unit of processor time in {@code /proc}: 100 ticks per second on every current kernel. */
    private static final double TICKS_PER_SECOND = 100.0;

    public CpuUse {
        jvms = Collections.unmodifiableMap(new LinkedHashMap<>(jvms));
    }

    /**
     * Processor time used until now by the given JVMs (process id by name) and the rest; the difference of two is
     * the use in between.
     */
    public static CpuUse now(Map<String, Long> systemJvms, Path postgresDataDirectory) {
        Map<String, Double> jvms = new LinkedHashMap<>();
        systemJvms.forEach((name, pid) -> jvms.put(name, ticksOf(pid, false) / TICKS_PER_SECOND));
        return new CpuUse(jvms,
                postmasterOf(postgresDataDirectory).map(pid -> ticksOf(pid, true)).orElse(0L) / TICKS_PER_SECOND,
                ticksOf(ProcessHandle.current().pid(), false) / TICKS_PER_SECOND,
                machineBusyTicks() / TICKS_PER_SECOND, System.nanoTime() / 1e9,
                Runtime.getRuntime().availableProcessors());
    }

    public CpuUse since(CpuUse start) {
        Map<String, Double> used = new LinkedHashMap<>();
        jvms.forEach((name, seconds) -> used.put(name, seconds - start.jvms.getOrDefault(name, 0.0)));
        return new CpuUse(used, postgres - start.postgres, loadGenerator - start.loadGenerator,
                machineBusy - start.machineBusy, wall - start.wall, cores);
    }

    /** Processor seconds of all the system's JVMs together. */
    public double systemJvm() {
        return jvms.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** What the machine did besides the three: the kernel's own work, other programs. */
    public double other() {
        return Math.max(0, machineBusy - systemJvm() - postgres - loadGenerator);
    }

    /** Seconds of processor time the machine had in the period. */
    public double available() {
        return wall * cores;
    }

    /** One line for the report: seconds and share of the machine's processor time. */
    public String describe() {
        String byJvm = jvms.size() < 2 ? "" : jvms.entrySet().stream()
                .map(jvm -> String.format("%s %.0f s", jvm.getKey(), jvm.getValue()))
                .collect(Collectors.joining(", ", ": ", ""));
        return String.format("system's JVMs %.0f s (%.0f %%%s), PostgreSQL %.0f s (%.0f %%), load generator %.0f s"
                        + " (%.0f %%), other %.0f s (%.0f %%); machine busy %.0f s of %.0f s", systemJvm(),
                share(systemJvm()), byJvm, postgres, share(postgres), loadGenerator, share(loadGenerator), other(),
                share(other()), machineBusy, available());
    }

    private double share(double seconds) {
        return available() == 0 ? 0 : 100 * seconds / available();
    }

    /** User and system ticks of the process, with its live descendants and, if asked, its ended children. */
    private static long ticksOf(long pid, boolean withChildren) {
        long own = statFields(pid).map(fields -> Long.parseLong(fields[13]) + Long.parseLong(fields[14])
                + (withChildren ? Long.parseLong(fields[15]) + Long.parseLong(fields[16]) : 0)).orElse(0L);
        if (!withChildren) {
            return own;
        }
        long live = ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)
                .mapToLong(child -> statFields(child.pid())
                        .map(fields -> Long.parseLong(fields[13]) + Long.parseLong(fields[14])).orElse(0L))
                .sum();
        return own + live;
    }

    /** The fields of {@code /proc/<pid>/stat}, numbered from 0, after the command name (which may hold spaces). */
    private static Optional<String[]> statFields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String afterName = stat.substring(stat.lastIndexOf(')') + 2);
            String[] rest = afterName.split(" ");
            String[] fields = new String[rest.length + 2];
            System.arraycopy(rest, 0, fields, 2, rest.length);
            return Optional.of(fields);
        } catch (IOException | RuntimeException gone) {
            return Optional.empty();
        }
    }

    private static Optional<Long> postmasterOf(Path dataDirectory) {
        try {
            return Optional.of(Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0)
                    .strip()));
        } catch (IOException | RuntimeException notRunning) {
            return Optional.empty();
        }
    }

    /** All ticks of the machine's first line in {@code /proc/stat} except idle and waiting for the disk. */
    private static long machineBusyTicks() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/stat"))) {
            List<Long> ticks = Stream.of(lines.findFirst().orElseThrow().split("\\s+")).skip(1)
                    .map(Long::parseLong).toList();
            long all = ticks.stream().limit(8).mapToLong(Long::longValue).sum();
            return all - ticks.get(3) - ticks.get(4);
        } catch (IOException | RuntimeException unknown) {
            return 0;
        }
    }
}
