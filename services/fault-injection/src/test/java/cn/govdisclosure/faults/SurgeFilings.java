package cn.govdisclosure.faults;

import cn.govdisclosure.loadgenerator.AgencyFiling;
import cn.govdisclosure.loadgenerator.AgencyOutcome;
import cn.govdisclosure.loadgenerator.AgencyPlan;
import cn.govdisclosure.loadgenerator.AgencyRegistrar;
import cn.govdisclosure.loadgenerator.FilingListener;
import cn.govdisclosure.loadgenerator.FilingOptions;
import cn.govdisclosure.loadgenerator.PublicationWatch;
import cn.govdisclosure.loadgenerator.SystemUnderLoad;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The surge, from the load generator's agency-filing workload (issue 8): each agency is registered by the
 * administrator, then its clerk and approver file its report through the public API — editing rounds, live check
 * and explanations, approval, and for some a rejection and a correction first — until it is published. Its calls
 * are retried while the system is unreachable or answers 503, each write under an {@code Idempotency-Key}, for as
 * long as a fault lasts.
 */
final class SurgeFilings {

    /** One agency's plan and how its filing ended. */
    record Filing(AgencyPlan plan, AgencyOutcome outcome) {

        String reportId() {
            return plan.reportId();
        }

        /** Figure changes the clerk made: the editing rounds, and the slip and its correction for some. */
        int figureRounds() {
            return plan.editingRounds() + (plan.failsValidationFirst() ? 2 : 0);
        }
    }

    static final int SECTIONS = 4;

    private final SystemUnderLoad system;
    private final FilingOptions options;
    private final String adminPassword;
    private final PublicationWatch watch;
    private final AtomicInteger retriedCalls = new AtomicInteger();

    SurgeFilings(SystemUnderLoad system, String adminPassword, Duration rideOut) {
        this.system = system;
        this.adminPassword = adminPassword;
        this.options = FilingOptions.DEFAULTS.withRetryFor(rideOut).withPublicationTimeout(rideOut);
        this.watch = PublicationWatch.polling(system, options, FilingListener.NONE);
    }

    Filing file(AgencyPlan plan) {
        FilingListener listener = new FilingListener() {
            @Override
            public void called(String call, long nanos, int status) {
                if (status == 0 || status >= 500) {
                    retriedCalls.incrementAndGet();
                }
            }
        };
        try {
            AgencyRegistrar.signIn(system, "admin", adminPassword, options).register(plan);
        } catch (RuntimeException e) {
            return new Filing(plan, new AgencyOutcome(plan.reportId(), false, 0, 0, 0, null, Duration.ZERO,
                    "registration failed: " + e.getMessage()));
        }
        return new Filing(plan, new AgencyFiling(system, plan, options, listener, watch).file());
    }

    /** HTTP attempts that got no answer or a 5xx, and were sent again. */
    int retriedCalls() {
        return retriedCalls.get();
    }
}
