package cn.govdisclosure.kernel.rules;

import static cn.govdisclosure.kernel.format.ReportFormats.FORMAT_2021;

import cn.govdisclosure.kernel.KernelFixtures;
import cn.govdisclosure.kernel.report.ReportContent;
import cn.govdisclosure.kernel.rules.ReportUnderReview.PreviousYear;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A 2023 report of a county bureau that satisfies every rule, with its 2022 report known, and ways to break it.
 * Table 三 has applications in two columns so that the sums mean something.
 */
final class RuleFixtures {

    static final Instant SUBMITTED_IN_TIME = Instant.parse("2024-01-20T02:00:00Z");

    private RuleFixtures() {
    }

    /** Figures, sections, region, submission date and previous year all consistent. */
    static ReportUnderReview consistentReport() {
        return report(figures -> { }, sections -> { });
    }

    static ReportUnderReview report(Consumer<Map<String, BigDecimal>> changeFigures,
                                    Consumer<Map<String, String>> changeSections) {
        Map<String, BigDecimal> figures = consistentFigures();
        changeFigures.accept(figures);
        Map<String, String> sections = new HashMap<>(KernelFixtures.zezhouSections2023());
        sections.put("overview", "本年度共收到政府信息公开申请6件，办结6件。本年度发生行政复议2件、行政诉讼17件。");
        changeSections.accept(sections);
        return new ReportUnderReview(FORMAT_2021, 2023, KernelFixtures.ZEZHOU_REGION_CODE,
                new ReportContent(figures, sections), SUBMITTED_IN_TIME, previousYear(previous -> { }));
    }

    static PreviousYear previousYear(Consumer<Map<String, BigDecimal>> change) {
        Map<String, BigDecimal> figures = KernelFixtures.zezhouFigures2023(FORMAT_2021);
        figures.put("s2.normativeDocuments.issued", BigDecimal.ZERO);
        figures.put("s2.normativeDocuments.inForce", BigDecimal.ZERO);
        set(figures, "s3.carriedForward.naturalPerson", 1);
        set(figures, "s3.carriedForward.total", 1);
        set(figures, "s3.received.naturalPerson", 1);
        set(figures, "s3.received.total", 1);
        change.accept(figures);
        return new PreviousYear(2022, FORMAT_2021, new ReportContent(figures, Map.of()));
    }

    static Map<String, BigDecimal> consistentFigures() {
        Map<String, BigDecimal> figures = KernelFixtures.zezhouFigures2023(FORMAT_2021);
        row(figures, "received", 5, 1);
        row(figures, "carriedOver", 1, 0);
        row(figures, "granted", 3, 0);
        row(figures, "partlyGranted", 1, 1);
        row(figures, "unable.notHeld", 1, 0);
        row(figures, "totalHandled", 5, 1);
        row(figures, "carriedForward", 1, 0);
        return figures;
    }

    /** Sets a row of table 三: natural persons, commercial enterprises, and the total of the row. */
    static void row(Map<String, BigDecimal> figures, String row, int naturalPerson, int commercial) {
        set(figures, "s3." + row + ".naturalPerson", naturalPerson);
        set(figures, "s3." + row + ".commercial", commercial);
        set(figures, "s3." + row + ".total", naturalPerson + commercial);
    }

    static void set(Map<String, BigDecimal> figures, String cellId, Object value) {
        figures.put(cellId, new BigDecimal(value.toString()));
    }
}
