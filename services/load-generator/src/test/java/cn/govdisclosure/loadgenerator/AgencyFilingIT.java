package cn.govdisclosure.loadgenerator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workload against the whole system: agencies file at once, one of them fails validation first. */
class AgencyFilingIT {

    @TempDir
    static Path dataDirectory;
    static StandaloneProcess system;
    static SystemUnderLoad endpoints;

    @BeforeAll
    static void startSystem() {
        system = StandaloneProcess.start(Path.of(System.getProperty("standalone.jar")), dataDirectory.resolve("data"),
                List.of("-Xmx512m"), Map.of(), Path.of("target", "agency-filing-it-standalone.log"));
        endpoints = system.endpoints();
    }

    @AfterAll
    static void stopSystem() {
        system.close();
    }

    @Test
    void agenciesFileAtOnceAndEveryReportIsPublished() {
        List<AgencyPlan> plans = AgencyPlan.surge(7, 4, AgencyPlan.yearDueNext(java.time.LocalDate.now()), 3, 4, 0.25);
        AgencyRegistrar.signIn(endpoints, "admin", system.adminPassword(), FilingOptions.DEFAULTS)
                .register(plans, 2);
        AtomicInteger published = new AtomicInteger();
        FilingListener listener = new FilingListener() {
            @Override
            public void published(String reportId, long submitToPublishedNanos) {
                published.incrementAndGet();
            }
        };

        SurgeResult result = new Surge(endpoints, FilingOptions.DEFAULTS, listener,
                PublicationWatch.polling(endpoints, FilingOptions.DEFAULTS, listener)).run(plans, plans.size());

        assertThat(result.failures()).isEmpty();
        assertThat(published).hasValue(4);
        assertThat(result.outcomes()).extracting(AgencyOutcome::submissions).containsExactly(1, 1, 1, 2);
        assertThat(result.outcomes().get(1).figureChanges()).isEqualTo(plans.get(1).cellsPerRound() * 2
                + cellsOfTheFormat());
    }

    private static int cellsOfTheFormat() {
        return cn.govdisclosure.kernel.format.ReportFormats.FORMAT_2021.cells().size();
    }
}
