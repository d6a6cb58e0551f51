package cn.govdisclosure.validation.web;

import cn.govdisclosure.kernel.agency.CreditCode;
import cn.govdisclosure.kernel.agency.RegionCode;
import cn.govdisclosure.kernel.report.ReportContent;
import cn.govdisclosure.support.web.InvalidInputException;
import cn.govdisclosure.validation.run.CheckReportQuery;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A report as a form holds it while it is being filled in: figures by cell id, narrative parts by section key, the
 * agency's explanations by rule id, and who files it (all optional). Cell ids the format does not know are kept,
 * so that rule T2-6 names them instead of the request being refused.
 */
record LiveCheckRequest(String formatId, Integer year, Map<String, JsonNode> figures, Map<String, String> sections,
                        Map<String, String> explanations, String creditCode, String regionCode) {

    /** @throws InvalidInputException naming the first malformed field */
    CheckReportQuery query() {
        if (blank(formatId) && year == null) {
            throw new InvalidInputException("formatId", "请指定报告格式（2021 或 2019）或报告年度");
        }
        if (!blank(creditCode) && CreditCode.problemWith(creditCode) != null) {
            throw new InvalidInputException("creditCode", CreditCode.problemWith(creditCode));
        }
        if (!blank(regionCode)) {
            requireRegionCode(regionCode);
        }
        return new CheckReportQuery(blank(formatId) ? null : formatId, year, blank(creditCode) ? null : creditCode,
                blank(regionCode) ? null : regionCode, new ReportContent(FigureValues.filled(figures),
                withoutBlanks(sections), withoutBlanks(explanations)));
    }

    private static void requireRegionCode(String regionCode) {
        try {
            new RegionCode(regionCode);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("regionCode", e.getMessage());
        }
    }

    private static Map<String, String> withoutBlanks(Map<String, String> texts) {
        Map<String, String> filled = new HashMap<>();
        if (texts != null) {
            texts.forEach((key, text) -> {
                if (key != null && !blank(text)) {
                    filled.put(key, text);
                }
            });
        }
        return filled;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
