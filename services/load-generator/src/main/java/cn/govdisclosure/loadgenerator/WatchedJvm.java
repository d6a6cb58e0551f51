package cn.govdisclosure.loadgenerator;

import com.sun.management.GcInfo;
import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * One JVM of the system under load, watched from outside: its resident memory from Linux's {@code /proc}, its heap
 * over JMX. The load generator attaches to the JVM by its process id (the JDK's attach API starts the JVM's local
 * management agent), so the heap is read on the JVM's own management threads: a service whose request threads are
 * all taken by the surge still answers at once.
 */
final class WatchedJvm implements AutoCloseable {

    /**
     * The JVM's memory at one moment, in MB (-1 when unknown).
     *
     * @param residentMb     resident set now
     * @param peakResidentMb the resident set's peak since the JVM started ({@code VmHWM})
     * @param heapMb         heap in use now, live objects and garbage not yet collected
     * @param heapAfterGcMb  heap in use right after the latest collection: what a flat heap keeps flat
     */
    record Memory(double residentMb, double peakResidentMb, double heapMb, double heapAfterGcMb) {
    }

    private static final double MB = 1048576.0;

    private final String name;
    private final long pid;
    private final JMXConnector connector;
    private final MemoryMXBean memory;
    private final List<com.sun.management.GarbageCollectorMXBean> collectors;
    private final Set<String> heapPools;

    private WatchedJvm(String name, long pid, JMXConnector connector) throws IOException {
        this.name = name;
        this.pid = pid;
        this.connector = connector;
        MBeanServerConnection connection = connector.getMBeanServerConnection();
        this.memory = ManagementFactory.newPlatformMXBeanProxy(connection, ManagementFactory.MEMORY_MXBEAN_NAME,
                MemoryMXBean.class);
        this.collectors = ManagementFactory.getPlatformMXBeans(connection,
                com.sun.management.GarbageCollectorMXBean.class);
        this.heapPools = ManagementFactory.getPlatformMXBeans(connection, MemoryPoolMXBean.class).stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
    }

    /** Attaches to the JVM with the given process id, which must run as this user on this machine. */
    static WatchedJvm attach(String name, long pid) {
        try {
            VirtualMachine machine = VirtualMachine.attach(Long.toString(pid));
            String address;
            try {
                address = machine.startLocalManagementAgent();
            } finally {
                machine.detach();
            }
            return new WatchedJvm(name, pid, JMXConnectorFactory.connect(new JMXServiceURL(address)));
        } catch (AttachNotSupportedException | IOException e) {
            throw new IllegalStateException("Cannot watch the memory of " + name + " (pid " + pid + ")", e);
        }
    }

    String name() {
        return name;
    }

    long pid() {
        return pid;
    }

    Memory memory() {
        Map<String, Long> status = procStatus();
        return new Memory(status.getOrDefault("VmRSS", -1L) / MB, status.getOrDefault("VmHWM", -1L) / MB,
                heapUsed() / MB, heapAfterLatestCollection() / MB);
    }

    private long heapUsed() {
        try {
            return memory.getHeapMemoryUsage().getUsed();
        } catch (RuntimeException gone) {
            return -1;
        }
    }

    /** The heap pools' use after whichever collector ran last (a young collection also reports the old pool). */
    private long heapAfterLatestCollection() {
        try {
            GcInfo latest = collectors.stream().map(com.sun.management.GarbageCollectorMXBean::getLastGcInfo)
                    .filter(Objects::nonNull).max(Comparator.comparingLong(GcInfo::getEndTime)).orElse(null);
            if (latest == null) {
                return -1;
            }
            return latest.getMemoryUsageAfterGc().entrySet().stream().filter(pool -> heapPools.contains(pool.getKey()))
                    .map(Map.Entry::getValue).mapToLong(MemoryUsage::getUsed).sum();
        } catch (RuntimeException gone) {
            return -1;
        }
    }

    /** The {@code Vm…} lines of {@code /proc/<pid>/status}, in bytes. */
    private Map<String, Long> procStatus() {
        Path status = Path.of("/proc", String.valueOf(pid), "status");
        try {
            return Files.readAllLines(status).stream().filter(line -> line.startsWith("Vm"))
                    .collect(Collectors.toMap(line -> line.substring(0, line.indexOf(':')),
                            line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024, (a, b) -> a));
        } catch (IOException | RuntimeException gone) {
            return Map.of();
        }
    }

    @Override
    public void close() {
        try {
            connector.close();
        } catch (IOException e) {
            // The JVM may be gone already; there is nothing left to release.
        }
    }
}
