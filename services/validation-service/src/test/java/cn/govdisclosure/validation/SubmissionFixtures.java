package cn.govdisclosure.validation;

import static cn.govdisclosure.kernel.format.ReportFormats.FORMAT_2021;

import cn.govdisclosure.kernel.KernelFixtures;
import cn.govdisclosure.kernel.agency.CreditCode;
import cn.govdisclosure.kernel.publication.ReportPublishedEvent;
import cn.govdisclosure.kernel.report.ReportContent;
import cn.govdisclosure.kernel.submission.ReportAcceptedEvent;
import cn.govdisclosure.kernel.submission.ReportSubmittedEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reports as the submission service submits them and the publication service publishes them. */
final class SubmissionFixtures {

    static final Instant SUBMITTED_AT = Instant.parse("2024-01-24T08:00:00Z");
    static final Instant PUBLISHED_AT = Instant.parse("2023-01-20T02:00:00Z");

    /** The narrative of the example report, shortened; it agrees with the tables and names its year. */
    static final Map<String, String> EXAMPLE_SECTIONS = Map.of(
            "preamble", "本报告根据《中华人民共和国政府信息公开条例》编制。本年度报告中所有数据的统计期限自2023年1月1日起至"
                    + "2023年12月31日止。本年度报告的电子版可在“泽州县人民政府门户网站”下载。如有疑问，请与泽州县人力资源和"
                    + "社会保障局联系（电话：0356-3030215）。",
            "overview", "2023年度公开政府信息120条，其中部门工作70条，就业领域31条，社保领域18条，政府信息公开年报1条。"
                    + "2023年度我局未收到依申请公开。",
            "problems", "政府信息公开工作还比较薄弱，公开广度和深度还需要拓展。下一步将规范公开办法，及时发布和更新依法应主动"
                    + "公开的政府信息。",
            "other", "本机关2023年度未收取政府信息公开信息处理费。");

    /** Why the example report has reviews and lawsuits but no applications (rule X-4). */
    static final String DISPUTES_EXPLAINED = "行政复议和行政诉讼涉及以前年度办理的申请";

    private SubmissionFixtures() {
    }

    /** The credit code of the n-th fictional bureau in 泽州县. */
    static String agency(int n) {
        String first17 = "111405250012345" + String.format("%02d", n);
        return first17 + CreditCode.checkCharacter(first17);
    }

    /**
     * The 2023 report of the n-th fictional bureau in 泽州县. Tests share one broker and one database, so each test
     * uses its own agency and finds its messages by report id.
     */
    static String reportOfAgency(int n) {
        return agency(n) + "-2023";
    }

    /**
     * The example report (泽州县人社局 2023) as filed: its figures, its narrative, and the agency's explanation of
     * its 2 reviews and 17 lawsuits without applications. Nothing blocks it; with the year before unknown, the
     * cross-year rules say so as information.
     */
    static ReportContent exampleContent() {
        return exampleContent(Map.of("X-4", DISPUTES_EXPLAINED));
    }

    static ReportContent exampleContent(Map<String, String> explanations) {
        return new ReportContent(KernelFixtures.zezhouFigures2023(FORMAT_2021), EXAMPLE_SECTIONS, explanations);
    }

    static ReportSubmittedEvent exampleReportSubmitted(String reportId, int submissionNumber) {
        return submitted(reportId, submissionNumber, "2021", exampleContent());
    }

    /** The example report with 5 applications received but only 4 handled and none carried forward (T3-1). */
    static ReportSubmittedEvent unbalancedReportSubmitted(String reportId, int submissionNumber) {
        return submitted(reportId, submissionNumber, "2021", new ReportContent(unbalancedTableThree(),
                EXAMPLE_SECTIONS, Map.of("X-4", DISPUTES_EXPLAINED)));
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
                KernelFixtures.ZEZHOU_REGION_CODE, 2023, "2021", 1, exampleContent(), List.of(), "2021.1",
                SUBMITTED_AT);
    }

    /**
     * A 2022 report like the example one, but which received {@code applications} applications from natural persons
     * and carried them all forward into 2023. Its one normative document came in 2023, so T2-3 holds.
     */
    static Map<String, BigDecimal> figures2022CarryingForward(int applications) {
        Map<String, BigDecimal> figures = KernelFixtures.zezhouFigures2023(FORMAT_2021);
        figures.put("s2.normativeDocuments.issued", BigDecimal.ZERO);
        figures.put("s2.normativeDocuments.inForce", BigDecimal.ZERO);
        for (String column : List.of("naturalPerson", "total")) {
            figures.put("s3.received." + column, BigDecimal.valueOf(applications));
            figures.put("s3.carriedForward." + column, BigDecimal.valueOf(applications));
        }
        return figures;
    }

    /** Publication {@code version} of the n-th bureau's 2022 report, carrying forward that many applications. */
    static ReportPublishedEvent published2022(int agency, int version, int applicationsCarriedForward) {
        String creditCode = agency(agency);
        return new ReportPublishedEvent(creditCode + "-2022", creditCode, KernelFixtures.ZEZHOU_HRSS_NAME,
                KernelFixtures.ZEZHOU_REGION_CODE, 2022, "2021", version, version,
                new ReportContent(figures2022CarryingForward(applicationsCarriedForward), new HashMap<>()),
                "https://www.zezhou.gov.cn/zfxxgk/" + creditCode + "/2022/v" + version, PUBLISHED_AT);
    }
}
