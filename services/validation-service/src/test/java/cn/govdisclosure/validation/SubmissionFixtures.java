package cn.govdisclosure.validation;

import static cn.govdisclosure.kernel.format.ReportFormats.FORMAT_2021;

import cn.govdisclosure.kernel.KernelFixtures;
import cn.govdisclosure.kernel.agency.CreditCode;
import cn.govdisclosure.kernel.report.ReportContent;
import cn.govdisclosure.kernel.submission.ReportAcceptedEvent;
import cn.govdisclosure.kernel.submission.ReportSubmittedEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Submissions as the submission service publishes them. */
final class SubmissionFixtures {

    static final Instant SUBMITTED_AT = Instant.parse("2024-01-24T08:00:00Z");

    private SubmissionFixtures() {
    }

    /**
     * The 2023 report of the n-th fictional bureau in 泽州县. Tests share one broker, so each test uses its own
     * agency and finds its messages by report id.
     */
    static String reportOfAgency(int n) {
        String first17 = "111405250012345" + String.format("%02d", n);
        return first17 + CreditCode.checkCharacter(first17) + "-2023";
    }

    /** The example report (泽州县人社局 2023): no errors, but 2 reviews and 17 lawsuits without applications. */
    static ReportSubmittedEvent exampleReportSubmitted(String reportId, int submissionNumber) {
        return submitted(reportId, submissionNumber, "2021", KernelFixtures.zezhouContent2023(FORMAT_2021));
    }

    /** The example report with 5 applications received but only 4 handled and none carried forward (T3-1). */
    static ReportSubmittedEvent unbalancedReportSubmitted(String reportId, int submissionNumber) {
        return submitted(reportId, submissionNumber, "2021", new ReportContent(unbalancedTableThree(), Map.of()));
    }

    static Map<String, BigDecimal> unbalancedTableThree() {
        Map<String, BigDecimal> figures = KernelFixtures.zezhouFigures2023(FORMAT_2021);
        for (String column : List.of("naturalPerson", "total")) {
            figures.put("s3.received." + column, BigDecimal.valueOf(5));
            figures.put("s3.granted." + column, BigDecimal.valueOf(4));
            figures.put("s3.totalHandled." + column, BigDecimal.valueOf(4));
        }
        return figures;
    }

    static ReportSubmittedEvent submitted(String reportId, int submissionNumber, String formatId,
                                          ReportContent content) {
        return new ReportSubmittedEvent(reportId, reportId.substring(0, 18), KernelFixtures.ZEZHOU_HRSS_NAME,
                KernelFixtures.ZEZHOU_REGION_CODE, 2023, formatId, submissionNumber, content, "clerk",
                SUBMITTED_AT);
    }

    static ReportAcceptedEvent accepted(String reportId) {
        return new ReportAcceptedEvent(reportId, reportId.substring(0, 18), KernelFixtures.ZEZHOU_HRSS_NAME,
                KernelFixtures.ZEZHOU_REGION_CODE, 2023, "2021", 1, KernelFixtures.zezhouContent2023(FORMAT_2021),
                List.of(), "2021.1", SUBMITTED_AT);
    }
}
