package cn.govdisclosure.loadgenerator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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

    /** Files every plan and returns when all are published or have failed; each filing signs its people in. */
    public SurgeResult run(List<AgencyPlan> plans, int concurrency) {
        return runFilings(plans.stream().map(this::filing).toList(), concurrency);
    }

    /** The plans' filings with their people signed in, {@code concurrency} at a time, ready for {@link #runFilings}. */
    public List<AgencyFiling> signIn(List<AgencyPlan> plans, int concurrency) {
        List<AgencyFiling> filings = plans.stream().map(this::filing).toList();
        inParallel(filings.stream().map(filing -> (Callable<Void>) () -> {
            filing.signIn();
            return null;
        }).toList(), concurrency, "sign-in");
        return filings;
    }

    /** Runs the filings and returns when all are published or have failed. */
    public SurgeResult runFilings(List<AgencyFiling> filings, int concurrency) {
        long started = System.nanoTime();
        List<AgencyOutcome> outcomes = inParallel(filings.stream().map(filing -> (Callable<AgencyOutcome>) filing::file)
                .toList(), concurrency, "agency");
        return new SurgeResult(outcomes, Duration.ofNanos(System.nanoTime() - started));
    }

    private AgencyFiling filing(AgencyPlan plan) {
        return new AgencyFiling(system, plan, options, listener, watch);
    }

    private static <T> List<T> inParallel(List<Callable<T>> tasks, int concurrency, String name) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(concurrency, tasks.size())),
                daemonThreads(name));
        try {
            List<Future<T>> running = new ArrayList<>();
            tasks.forEach(task -> running.add(pool.submit(task)));
            List<T> results = new ArrayList<>();
            for (Future<T> task : running) {
                results.add(task.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FilingFailedException("The surge was interrupted", e);
        } catch (ExecutionException e) {
            throw new FilingFailedException(name + " failed: " + e.getCause().getMessage(), e.getCause());
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
