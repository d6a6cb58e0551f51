package cn.govdisclosure.validation;

import static cn.govdisclosure.validation.SubmissionFixtures.DISPUTES_EXPLAINED;
import static cn.govdisclosure.validation.SubmissionFixtures.agency;
import static cn.govdisclosure.validation.SubmissionFixtures.exampleContent;
import static cn.govdisclosure.validation.SubmissionFixtures.figures2022CarryingForward;
import static cn.govdisclosure.validation.SubmissionFixtures.published2022;
import static cn.govdisclosure.validation.SubmissionFixtures.reportOfAgency;
import static cn.govdisclosure.validation.SubmissionFixtures.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import cn.govdisclosure.kernel.publication.ReportPublishedEvent;
import cn.govdisclosure.kernel.report.ReportContent;
import cn.govdisclosure.kernel.rules.Severity;
import cn.govdisclosure.kernel.rules.Violation;
import cn.govdisclosure.kernel.submission.RecordValidationOutcomeCommand;
import cn.govdisclosure.validation.history.KnownReport;
import cn.govdisclosure.validation.history.KnownReport.Source;
import cn.govdisclosure.validation.history.RecordPublishedReportCommand;
import cn.govdisclosure.validation.history.ReportHistory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Published reports in on {@code publication.events} (and reports of before this system loaded over HTTP), then
 * next year's submission checked against them: carried over (year N) against carried forward (year N−1).
 */
class CrossYearValidationIT extends RunningValidationService {

    private static final int VERSIONED_AGENCY = 31;
    private static final int PUBLISHED_AGENCY = 32;
    private static final int UNKNOWN_AGENCY = 33;
    private static final int LOADED_AGENCY = 34;
    private static final int EXPLAINING_AGENCY = 35;
    private static final int RECORDING_AGENCY = 36;
    private static final String CARRIED_OVER_EXPLAINED = "2022年度报告的结转数量统计有误，已核实";

    @Autowired
    ReportHistory history;

    @Autowired
    RestTestClient http;

    @Test
    void keepsTheLatestPublishedVersionWhateverTheOrderOfArrival() {
        String creditCode = agency(VERSIONED_AGENCY);
        ReportPublishedEvent version1 = published2022(VERSIONED_AGENCY, 1, 1);
        ReportPublishedEvent version2 = published2022(VERSIONED_AGENCY, 2, 2);
        publish(version1);
        publish(version2);
        publish(version2);
        publish(version1);
        ReportPublishedEvent marker = new ReportPublishedEvent(creditCode + "-2021", creditCode,
                version1.agencyName(), version1.regionCode(), 2021, "2021", 1, 1, version1.content(), version1.url(),
                version1.publishedAt());
        publish(marker, version1.reportId());

        // Same key, same partition: once the marker is known, every version before it was handled too.
        awaitKnown(creditCode, 2021, 1);
        KnownReport known = history.find(creditCode, 2022).orElseThrow();
        assertThat(known.version()).isEqualTo(2);
        assertThat(known.source()).isEqualTo(Source.PUBLISHED);
        assertThat(known.content().figure("s3.carriedForward.total")).isEqualByComparingTo("2");
        // Stamped with the time the version entered the log, not the service's clock, so a replay reproduces it.
        assertThat(known.recordedAt()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void recordsEachVersionOnceAndNeverOverAnyNewerOne() {
        String creditCode = agency(RECORDING_AGENCY);
        assertThat(history.handle(recordVersion(creditCode, 2, 5))).isTrue();
        assertThat(history.handle(recordVersion(creditCode, 2, 5))).isFalse();
        assertThat(history.handle(recordVersion(creditCode, 1, 9))).isFalse();
        assertThat(history.handle(recordVersion(creditCode, 3, 6))).isTrue();
        assertThat(history.find(creditCode, 2022).orElseThrow().content().figure("s3.carriedForward.total"))
                .isEqualByComparingTo("6");
    }

    @Test
    void warnsWhenCarriedOverDiffersFromWhatThePublishedYearBeforeCarriedForward() {
        publish(published2022(PUBLISHED_AGENCY, 1, 3));
        awaitKnown(agency(PUBLISHED_AGENCY), 2022, 1);

        RecordValidationOutcomeCommand outcome = validate(reportOfAgency(PUBLISHED_AGENCY), 1, exampleContent());

        assertThat(outcome.accepted()).isFalse();
        List<Violation> carriedOver = rule("T3-6", outcome);
        assertThat(carriedOver).extracting(Violation::severity).containsOnly(Severity.WARNING);
        assertThat(carriedOver).extracting(Violation::cells).containsExactly(
                List.of("s3.carriedOver.naturalPerson"), List.of("s3.carriedOver.total"));
        assertThat(carriedOver.get(0).message()).isEqualTo("二、上年结转政府信息公开申请数量·自然人应等于2022年度报告"
                + "四、结转下年度继续办理·自然人：应为 3，实为 0");
        assertThat(rule("T2-3", outcome)).isEmpty();
    }

    @Test
    void saysSoWhenTheYearBeforeIsUnknown() {
        RecordValidationOutcomeCommand outcome = validate(reportOfAgency(UNKNOWN_AGENCY), 1, exampleContent());

        assertThat(outcome.accepted()).isTrue();
        assertThat(rule("T3-6", outcome)).singleElement().satisfies(violation -> {
            assertThat(violation.severity()).isEqualTo(Severity.INFO);
            assertThat(violation.message()).isEqualTo("2022年度报告未知，未核对上年结转申请数量");
        });
    }

    @Test
    void checksAgainstALoadedReportUntilAVersionIsPublished() {
        String creditCode = agency(LOADED_AGENCY);
        http.put().uri("/api/history/{creditCode}/2022", creditCode).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("figures", figures2022CarryingForward(4))).exchange()
                .expectStatus().isOk();

        RecordValidationOutcomeCommand againstLoaded = validate(reportOfAgency(LOADED_AGENCY), 1, exampleContent());
        assertThat(rule("T3-6", againstLoaded)).extracting(Violation::message)
                .allSatisfy(message -> assertThat(message).endsWith("应为 4，实为 0"));

        publish(published2022(LOADED_AGENCY, 1, 0));
        awaitKnown(creditCode, 2022, 1);

        RecordValidationOutcomeCommand againstPublished = validate(reportOfAgency(LOADED_AGENCY), 2,
                exampleContent());
        assertThat(rule("T3-6", againstPublished)).isEmpty();
        assertThat(againstPublished.accepted()).isTrue();
    }

    @Test
    void acceptsAWarningTheAgencyHasExplainedAndPassesTheExplanationOn() {
        publish(published2022(EXPLAINING_AGENCY, 1, 3));
        awaitKnown(agency(EXPLAINING_AGENCY), 2022, 1);

        RecordValidationOutcomeCommand unexplained = validate(reportOfAgency(EXPLAINING_AGENCY), 1, exampleContent());
        RecordValidationOutcomeCommand explained = validate(reportOfAgency(EXPLAINING_AGENCY), 2,
                exampleContent(Map.of("X-4", DISPUTES_EXPLAINED, "T3-6", CARRIED_OVER_EXPLAINED)));

        assertThat(unexplained.accepted()).isFalse();
        assertThat(rule("T3-6", unexplained)).extracting(Violation::explanation).containsOnlyNulls();
        assertThat(explained.accepted()).isTrue();
        assertThat(rule("T3-6", explained)).hasSize(2).extracting(Violation::explanation)
                .containsOnly(CARRIED_OVER_EXPLAINED);
        http.get().uri("/api/validations/{reportId}", reportOfAgency(EXPLAINING_AGENCY)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[0].outcome").isEqualTo("REJECTED")
                .jsonPath("$[1].outcome").isEqualTo("ACCEPTED")
                .jsonPath("$[1].violations[0].ruleId").isEqualTo("T3-6")
                .jsonPath("$[1].violations[0].explanation").isEqualTo(CARRIED_OVER_EXPLAINED);
    }

    private RecordValidationOutcomeCommand validate(String reportId, int submissionNumber,
                                                    ReportContent content) {
        publish(submitted(reportId, submissionNumber, "2021", content));
        return outcome(awaitOutcomes(reportId, submissionNumber).get(submissionNumber - 1));
    }

    private void awaitKnown(String creditCode, int year, int version) {
        await().atMost(PATIENCE).pollInSameThread().until(() -> history.find(creditCode, year)
                .map(KnownReport::version), Optional.of(version)::equals);
    }

    private static List<Violation> rule(String ruleId, RecordValidationOutcomeCommand outcome) {
        return outcome.violations().stream().filter(violation -> violation.ruleId().equals(ruleId)).toList();
    }

    private static RecordPublishedReportCommand recordVersion(String creditCode, int version, int carriedForward) {
        return new RecordPublishedReportCommand(creditCode, 2022, "2021", version,
                new ReportContent(Map.of("s3.carriedForward.total",
                        BigDecimal.valueOf(carriedForward)), Map.of()));
    }
}
