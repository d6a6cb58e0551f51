package cn.govdisclosure.loadgenerator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Agencies filing at once: each plan filed by an {@link AgencyFiling} on its own thread, at most
 * {@code concurrency} at a time (the plans' count: all of them at once).
 */
public final class Surge {

    private final SystemUnderLoad system;
    private final FilingOptions options;
    private final FilingListener listener;
    private final PublicationWatch watch;

    public Surge(SystemUnderLoad system, FilingOptions options, FilingListener listener, PublicationWatch watch) {
        this.system = system;
        this.options = options;
        this.listener = listener;
        this.watch = watch;
    }

    /** Files every plan and returns when all are published or have failed. */
    public SurgeResult run(List<AgencyPlan> plans, int concurrency) {
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(concurrency, plans.size())),
                daemonThreads("agency"));
        try {
            List<Future<AgencyOutcome>> filings = new ArrayList<>();
            plans.forEach(plan -> filings.add(pool.submit(
                    () -> new AgencyFiling(system, plan, options, listener, watch).file())));
            List<AgencyOutcome> outcomes = new ArrayList<>();
            for (Future<AgencyOutcome> filing : filings) {
                outcomes.add(filing.get());
            }
            return new SurgeResult(outcomes, Duration.ofNanos(System.nanoTime() - started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FilingFailedException("The surge was interrupted", e);
        } catch (ExecutionException e) {
            throw new FilingFailedException("A filing failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    static java.util.concurrent.ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
